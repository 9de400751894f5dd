/**
 * `npm run bench [-- --sizes 1000,10000] [--runs N] [--keep]`: generates synthetic corpora in the system's temp folder,
 * then on each runs interleaved rounds of the full site cold, its rebuild after one added article, a bare Astro site,
 * the floor and Hugo (when on the PATH), and measures the last cold build's pages and filter. Progress goes to stderr,
 * the Markdown tables to stdout.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, readVocabulary } from './bench/corpus.ts';
import { findHugo, writeHugoSite } from './bench/hugo.ts';
import { run, type RunResult } from './bench/measure.ts';
import { reuseOf, runRounds } from './bench/rounds.ts';
import { measureSiteFigures } from './bench/site-figures.ts';
import { median, summarize } from './bench/stats.ts';
import { buildsTable, figuresTable, KINDS, type BenchResult, type KindSummary } from './bench/table.ts';

const root = resolve(import.meta.dirname, '../..');
const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

/** A kind's rounds summed up: seconds median (min–max), the highest peak, the median load before and during. */
function summarizeRuns(runs: readonly RunResult[]): KindSummary {
  return {
    seconds: summarize(runs.map((r) => r.seconds)),
    peakBytes: Math.max(...runs.map((r) => r.peakBytes)),
    loadBefore: median(runs.map((r) => r.loadBefore)),
    loadDuring: median(runs.flatMap((r) => r.loadDuring)),
  };
}

/**
 * Benchmarks one corpus size. Its temporary folders are added to `made`, for removal once every size is done: deleting
 * thousands of files slows the creation of new ones on ext4 for a few minutes afterwards (freed inodes are skipped
 * while "recently deleted"), so no timed build runs just after a deletion.
 */
async function benchOne(n: number, rounds: number, made: string[]): Promise<BenchResult> {
  const work = await mkdtemp(join(tmpdir(), `frm-bench-${n}-`));
  const content = join(work, 'content');
  // Built sites stay inside the project: Astro puts its prerender chunks beside an outDir within the working
  // directory (else in the project's shared .astro/, which concurrent builds overwrite), and they import node_modules.
  const outParent = join(root, 'node_modules', '.cache', 'frm-bench', basename(work));
  made.push(work, outParent);
  log(`${n}: generating the corpus in ${content}`);
  const vocab = await readVocabulary(resolve(root, 'content'));
  const info = await generateCorpus(resolve(root, 'content'), content, n, vocab);
  log(`${n}: ${info.articles} articles, ${info.stories} stories, ${info.figures} figures, ${info.undated} undated`);

  log(`${n}: validating`);
  const validated = await run(process.execPath, ['src/cli/validate.ts', content], { cwd: root });
  if (validated.code !== 0)
    throw new Error(`the generated corpus does not validate:\n${validated.stdout.split('\n').slice(0, 20).join('\n')}`);
  log(`${n}: validate ${validated.seconds.toFixed(1)} s (${validated.stdout.trim().split('\n').pop()})`);

  const bin = findHugo();
  const hugo = bin ? { bin, site: join(work, 'hugo-site') } : undefined;
  if (hugo) await writeHugoSite(join(content, 'articles'), hugo.site);
  log(`${n}: ${rounds} rounds; ${hugo ? `Hugo: ${hugo.bin}` : 'no hugo on the PATH: no Hugo reference'}`);
  const { runs, search, lastCold } = await runRounds({ root, content, n, vocab, outParent, work, rounds, hugo, log });

  log(`${n}: the last cold build's figures (${lastCold}); load ${loadavg()[0]?.toFixed(1)}`);
  const figures = await measureSiteFigures(lastCold, (message) => log(`${n}: ${message}`));
  const kinds: BenchResult['kinds'] = {};
  for (const kind of KINDS) {
    const list = runs[kind];
    if (list?.length) kinds[kind] = summarizeRuns(list);
  }
  const searchSeconds = search.cold.map((r) => r.seconds);
  const reindexed = search.rebuild.map(
    (r) => `${r.indexed.length} of ${r.parts.length} parts (${r.indexed.join(', ')}) in ${r.seconds.toFixed(1)} s`,
  );
  const floorWork = (runs.floor ?? []).map((r) => /floor: ([\d.]+) s/.exec(r.stdout)?.[1] ?? '?');
  const rounds_ = KINDS.filter((k) => runs[k]).map(
    (k) =>
      `${k} ${(runs[k] ?? []).map((r) => `${r.seconds.toFixed(1)} s (load ${r.loadBefore.toFixed(1)})`).join(', ')}`,
  );
  const reuse = (runs.rebuild ?? []).map((r) => reuseOf(r.stdout)?.slice(2) ?? 'no reuse reported');
  return {
    n,
    kinds,
    validateS: validated.seconds,
    searchIndexS: searchSeconds.length ? median(searchSeconds) : undefined,
    ...figures,
    detail:
      `rounds: ${rounds_.join('; ')}; rebuilds: ${reuse.join(', ')}; search index re-indexed on rebuild: ` +
      `${reindexed.join(', ')}; floor work alone ${floorWork.join(', ')} s; ` +
      figures.detail,
  };
}

const USAGE = `usage: npm run bench [-- --sizes 1000,10000] [--runs N] [--keep]

Generates synthetic corpora in the system's temp folder (never in content/). On each, validates, then runs N
interleaved rounds of: the full site cold, the full site again after one added article (same output folder and
cache), a bare Astro site over the same Markdown (src/cli/bench/bare/), the floor, and Hugo when hugo is on the PATH.
Reports each one's median (min–max) seconds, peak memory and load, the ratios, and the last cold build's pages,
weights and country filter timing in Chromium. Progress goes to stderr, the Markdown tables to stdout.

  --sizes N,N  corpus sizes in articles (default 1000,10000)
  --runs N     rounds per size (default 3)
  --keep       keep the generated corpora and builds, and print where they are
  -h, --help   show this help`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes expects positive integers, e.g. 1000,10000 (got ${values.sizes})`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a positive integer (got ${values.runs})`);
  const results: BenchResult[] = [];
  const made: string[] = [];
  try {
    for (const n of sizes) results.push(await benchOne(n, runs, made));
  } finally {
    if (values.keep) log(`kept ${made.join(', ')}`);
    else await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  }
  const notes = results.map((r) => `- N=${r.n}: ${r.detail}`);
  process.stdout.write(`${buildsTable(results)}\n\n${figuresTable(results)}\n\n${notes.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

/**
 * `npm run bench [-- --sizes 1000,10000] [--runs N] [--keep]`: generates synthetic corpora in the system's temp
 * folder, then times the validator, a cold build, the search index and the floor, sizes the output, and times the
 * country filter in Chromium. Progress goes to stderr, the Markdown table to stdout.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDir } from './shared/serve.ts';
import { launchBrowser } from './shared/browser.ts';
import { generateCorpus, readVocabulary } from './bench/corpus.ts';
import { measureFloor } from './bench/floor.ts';
import { measureFilter, type FilterTiming, type FilterTimings } from './bench/filter.ts';
import { pageWeight } from './bench/weight.ts';
import { listSizes, run, type RunResult } from './bench/measure.ts';
import { formatBytes, markdownTable, type BenchRow } from './bench/table.ts';

const root = resolve(import.meta.dirname, '../..');
const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
/** The machine's 1-minute load average: other work on the machine slows every timing. */
const load = (): string => loadavg()[0]?.toFixed(1) ?? '?';

/**
 * Benchmarks one corpus size. Its temporary folders are added to `made`, for removal once every size is done: deleting
 * thousands of files slows the creation of new ones on ext4 for a few minutes afterwards (freed inodes are skipped
 * while "recently deleted"), so no timed build runs just after a deletion.
 */
/** One filter timing for the notes under the table. */
const describe = (t: FilterTiming): string =>
  `${t.code} (${t.count}) ${t.ms.toFixed(0)} ms, next frame ${t.paintMs.toFixed(0)} ms`;

async function benchOne(n: number, runs: number, made: string[]): Promise<BenchRow> {
  const work = await mkdtemp(join(tmpdir(), `frm-bench-${n}-`));
  const content = join(work, 'content');
  // The built site stays inside the project: Astro puts its prerender chunks beside an outDir within the working
  // directory (else in the project's shared .astro/, which concurrent builds overwrite), and they import node_modules.
  const outParent = join(root, 'node_modules', '.cache', 'frm-bench', basename(work));
  made.push(work, outParent);
  let out = '';
  log(`${n}: generating the corpus in ${content}`);
  const info = await generateCorpus(
    resolve(root, 'content'),
    content,
    n,
    await readVocabulary(resolve(root, 'content')),
  );
  log(`${n}: ${info.articles} articles, ${info.stories} stories, ${info.figures} figures, ${info.undated} undated`);

  log(`${n}: validating`);
  const validated = await run(process.execPath, ['src/cli/validate.ts', content], { cwd: root });
  if (validated.code !== 0)
    throw new Error(`the generated corpus does not validate:\n${validated.stdout.split('\n').slice(0, 20).join('\n')}`);
  log(
    `${n}: validate ${validated.seconds.toFixed(1)} s (${validated.stdout.trim().split('\n').pop()}); load ${load()}`,
  );

  // Each run is cold: a new output folder and no Astro cache. With --runs N the fastest run is reported; the sizes and
  // the filter are measured on the last one.
  const builds: { result: RunResult; load: string }[] = [];
  for (let i = 1; i <= runs; i++) {
    out = join(outParent, `run-${i}`, 'dist');
    log(`${n}: cold build ${i} of ${runs} into ${out}`);
    const result = await run(process.execPath, ['src/cli/build.ts'], {
      cwd: root,
      env: { CONTENT_DIR: content, OUT_DIR: out, CI: 'true' },
      onLine: (line) => {
        if (line.startsWith('build:')) log(`${n}:   ${line}`);
      },
    });
    if (result.code !== 0)
      throw new Error(
        `the build failed (exit ${result.code}):\n${result.stderr.slice(-3000)}${result.stdout.slice(-3000)}`,
      );
    builds.push({ result, load: load() });
    log(
      `${n}: build ${result.seconds.toFixed(1)} s (CPU ${result.cpuSeconds?.toFixed(1) ?? '?'} s), ` +
        `peak memory: largest process ${formatBytes(result.processPeakBytes)}, ` +
        `process tree ${formatBytes(result.treePeakBytes)}; load ${load()}`,
    );
  }
  const { result: built, load: buildLoad } = builds.reduce((a, b) => (b.result.seconds < a.result.seconds ? b : a));
  const peak = Math.max(...builds.map((b) => b.result.peakBytes));
  const searchIndex = /build: search index done in ([\d.]+) s/.exec(built.stdout)?.[1];

  const files = await listSizes(out);
  const pages = files.filter((f) => f.path.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  const distBytes = files.reduce((s, f) => s + f.bytes, 0);
  log(
    `${n}: ${pages.length} pages, ${(distBytes / 1024 ** 2).toFixed(1)} MB, ` +
      `largest page ${relative(out, largest.path)} (${(largest.bytes / 1024).toFixed(0)} KB)`,
  );
  const homeKb = (await pageWeight(out, 'index.html')) / 1024;
  log(`${n}: home page ${homeKb.toFixed(1)} KB gzipped with its CSS and JavaScript`);

  log(`${n}: floor (content module + articleSchema + Markdown in one process)`);
  const floor = await measureFloor(content);
  log(`${n}: floor ${floor.toFixed(1)} s`);

  log(`${n}: country filter in Chromium`);
  const server = await serveDir(out);
  const browser = await launchBrowser();
  let filter: FilterTimings;
  try {
    filter = await measureFilter(browser, server.url);
    for (const t of [filter.one, filter.two]) {
      log(
        `${n}: filter ${t.ms.toFixed(0)} ms to the new count, ${t.paintMs.toFixed(0)} ms to the next frame` +
          ` (${t.code}: ${t.count})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    n,
    validateS: validated.seconds,
    buildS: built.seconds,
    searchIndexS: searchIndex ? Number(searchIndex) : undefined,
    peakBytes: peak,
    pages: pages.length,
    distMb: distBytes / 1024 ** 2,
    largestPageKb: largest.bytes / 1024,
    homeKb,
    largestPage: relative(out, largest.path),
    floorS: floor,
    filterMs: Math.max(filter.one.ms, filter.two.ms),
    detail:
      (runs > 1
        ? `builds ${builds.map((b) => `${b.result.seconds.toFixed(1)} s (load ${b.load})`).join(', ')}, fastest shown; `
        : '') +
      `build CPU ${built.cpuSeconds?.toFixed(1) ?? '?'} s, load ${buildLoad}; ` +
      `memory: largest process ${formatBytes(built.processPeakBytes)}, ` +
      `process tree ${formatBytes(built.treePeakBytes)}; ` +
      `largest page ${relative(out, largest.path)}; filter: ${[filter.one, filter.two].map(describe).join('; ')}`,
  };
}

const USAGE = `usage: npm run bench [-- --sizes 1000,10000] [--runs N] [--keep]

Generates synthetic corpora in the system's temp folder (never in content/), then for each size times the validator,
a cold build, the search index and the floor, sizes the output, and times the country filter in Chromium. Progress
goes to stderr, the Markdown table to stdout.

  --sizes N,N  corpus sizes in articles (default 1000,10000)
  --runs N     cold builds per size; the fastest is reported (default 1)
  --keep       keep the generated corpora and builds, and print where they are
  -h, --help   show this help`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '1' },
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
  const rows: BenchRow[] = [];
  const made: string[] = [];
  try {
    for (const n of sizes) rows.push(await benchOne(n, runs, made));
  } finally {
    if (values.keep) log(`kept ${made.join(', ')}`);
    else await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  }
  const notes = rows.map((r) => `- N=${r.n}: ${r.detail}`);
  process.stdout.write(`${markdownTable(rows)}\n\n${notes.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

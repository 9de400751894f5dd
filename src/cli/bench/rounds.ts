/**
 * The benchmark's interleaved rounds on one corpus. Each round runs every kind once, in an order rotated from round to
 * round: the full site cold then its rebuild after one added article, the bare Astro site without and with Pagefind
 * over its article pages, the floor, and Hugo when
 * it is on the PATH. Every kind is a process of its own, measured the same way (src/cli/bench/measure.ts).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { addArticle, type Vocabulary } from './corpus.ts';
import { hugoArgs } from './hugo.ts';
import { run, type RunResult } from './measure.ts';
import { rotate } from './stats.ts';
import { REPORT_FILE, type SearchIndexReport } from '../../integrations/search-index.ts';
import { formatBytes, KIND_LABELS, type Kind } from './table.ts';

/** What the rounds run on. Output folders go under `outParent` (inside the project) and `work` (the temp folder). */
export interface RoundsSetup {
  root: string;
  content: string;
  n: number;
  vocab: Vocabulary;
  outParent: string;
  work: string;
  rounds: number;
  /** `hugo` and the Hugo site written from the corpus, when `hugo` is on the PATH. */
  hugo: { bin: string; site: string } | undefined;
  log: (message: string) => void;
}

/** What each cold build and each rebuild of the full site said of its search index, in round order. */
export type SearchReports = Record<'cold' | 'rebuild', (SearchIndexReport & { seconds: number })[]>;

/** Every kind's runs, the search index's reports, and the last cold build's folder as it was before its rebuild. */
export interface RoundsResult {
  runs: Partial<Record<Kind, RunResult[]>>;
  search: SearchReports;
  lastCold: string;
}

/** The articles a build of the full site reports ("build: site ready in …: 1000 articles, …"). */
const builtArticles = (stdout: string): number | undefined => {
  const found = /build: site ready in .*: (\d+) articles,/.exec(stdout)?.[1];
  return found === undefined ? undefined : Number(found);
};

/** "; 120 of 12,073 pages rendered, 11,953 reused from the previous build", as a build reports it, if it does. */
export const reuseOf = (stdout: string): string | undefined => {
  const found = /\d+ of \d+ pages rendered, \d+ reused from the previous build/.exec(stdout)?.[0];
  return found === undefined ? undefined : `; ${found}`;
};

/**
 * Waits until the previous site that a build of `out` swapped out is gone: the build deletes it in a detached process
 * after it exits, and the next timed run should not share the disk with that deletion.
 */
export async function previousRemoved(out: string, timeoutMs = 600_000): Promise<void> {
  const prefix = `${basename(out)}.previous-`;
  const deadline = performance.now() + timeoutMs;
  while ((await readdir(dirname(out))).some((name) => name.startsWith(prefix))) {
    if (performance.now() > deadline) throw new Error(`${out}: the previous site was not removed in ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Runs the rounds of `setup`; throws as soon as one run fails. */
export async function runRounds(setup: RoundsSetup): Promise<RoundsResult> {
  const { root, content, n, outParent, work, log } = setup;
  const runs: Partial<Record<Kind, RunResult[]>> = {};
  const lastCold = join(outParent, 'last-cold');
  const measured = async (kind: Kind, round: number, command: string, args: string[], env: Record<string, string>) => {
    log(`${n}: round ${round + 1}: ${KIND_LABELS[kind]}…`);
    const result = await run(command, args, { cwd: root, env: { CI: 'true', ...env } });
    if (result.code !== 0) {
      const output = `${result.stderr.slice(-3000)}${result.stdout.slice(-3000)}`;
      throw new Error(`${KIND_LABELS[kind]} failed (exit ${result.code}):\n${output}`);
    }
    const during = result.loadDuring.reduce((s, l) => s + l, 0) / result.loadDuring.length;
    log(
      `${n}: round ${round + 1}: ${KIND_LABELS[kind]} ${result.seconds.toFixed(1)} s` +
        ` (CPU ${result.cpuSeconds?.toFixed(1) ?? '?'} s), peak ${formatBytes(result.peakBytes)},` +
        ` load ${result.loadBefore.toFixed(1)} before, ${during.toFixed(1)} during${reuseOf(result.stdout) ?? ''}`,
    );
    (runs[kind] ??= []).push(result);
    return result;
  };

  const search: SearchReports = { cold: [], rebuild: [] };
  const full = async (round: number) => {
    const out = join(outParent, `full-${round + 1}`, 'dist');
    const build = ['src/cli/build.ts'];
    // The search index integration's report, in the build's cache folder (`${OUT_DIR}.cache`).
    const report = async (kind: keyof SearchReports) =>
      search[kind].push(JSON.parse(await readFile(join(`${out}.cache`, 'search-index', REPORT_FILE), 'utf8')));
    await measured('cold', round, process.execPath, build, { CONTENT_DIR: content, OUT_DIR: out });
    await report('cold');
    // The site's figures are measured on the last cold build once every round is done: hard links keep its files as
    // they were, since the rebuild below stages a new site and swaps it in.
    if (round === setup.rounds - 1 && (await run('cp', ['-al', out, lastCold], { cwd: root })).code !== 0)
      throw new Error(`could not keep the last cold build (cp -al ${out} ${lastCold})`);
    const added = await addArticle(content, n, setup.vocab);
    try {
      // The same OUT_DIR: the rebuild finds the previous site and its cache (`${OUT_DIR}.cache`).
      const rebuilt = await measured('rebuild', round, process.execPath, build, { CONTENT_DIR: content, OUT_DIR: out });
      await report('rebuild');
      await previousRemoved(out);
      const articles = builtArticles(rebuilt.stdout);
      if (articles !== n + 1) throw new Error(`the rebuild reported ${articles ?? 'no'} articles, expected ${n + 1}`);
    } finally {
      await rm(added);
    }
  };
  const bareKind = (kind: 'bare' | 'barePagefind') => (round: number) =>
    measured(kind, round, process.execPath, ['src/cli/bench/bare/build.ts'], {
      BENCH_ARTICLES: join(content, 'articles'),
      BARE_OUT_DIR: join(outParent, `${kind}-${round + 1}`, 'dist'),
      BARE_CACHE_DIR: join(outParent, `${kind}-${round + 1}`, 'cache'),
      ...(kind === 'barePagefind' ? { BARE_PAGEFIND: '1' } : {}),
    });
  const floor = (round: number) =>
    measured('floor', round, process.execPath, ['src/cli/bench/run-floor.ts', content], {});
  const hugo = setup.hugo;
  const units: ((round: number) => Promise<unknown>)[] = [full, bareKind('bare'), bareKind('barePagefind'), floor];
  if (hugo) {
    const folder = (round: number, name: string) => join(work, `hugo-${round + 1}`, name);
    units.push((round) =>
      measured('hugo', round, hugo.bin, hugoArgs(hugo.site, folder(round, 'public'), folder(round, 'cache')), {}),
    );
  }
  for (let round = 0; round < setup.rounds; round++) for (const unit of rotate(units, round)) await unit(round);
  return { runs, search, lastCold };
}

/**
 * `npm run build`: Astro's build (its content loaders check everything, its integration indexes search) into a staging
 * folder, then the swap into dist/ (or OUT_DIR) only when Astro succeeded: a failure leaves the published site as it
 * was, byte for byte. After success is reported, a detached process deletes the previous site in the background.
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { measureSite } from './build/measure.ts';
import { pageProgress, type PageCount } from './build/progress.ts';
import { createProgress, type Progress } from './progress.ts';

const USAGE = `usage: npm run build [-- --verbose]

Runs Astro's build (which refuses invalid content, printing every problem as path:line: field: message) into a
staging folder beside dist/ (or OUT_DIR) and swaps it into place only when it succeeded. Prints progress (pages done
of total, at most one line a second) and ends with the number of articles and pages, the size and the time.
  --verbose   print Astro's own log, a line per page, instead of the progress line
  -h, --help  show this help
Environment: CONTENT_DIR (content folder), OUT_DIR (output folder), SITE_URL (the deployed address).`;

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env['OUT_DIR'] ?? 'dist');
const [staging, previous] = [`${outDir}.next-${process.pid}`, `${outDir}.previous-${process.pid}`];
const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(1);
const say = (line: string): void => void process.stdout.write(`build: ${line}\n`);
const REMOVE = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return void console.log(USAGE);
  const started = performance.now();
  // A separate OUT_DIR (tests, benchmark) gets its own cache, so parallel builds never share Astro's data store.
  const cacheDir = process.env['OUT_DIR'] ? { cacheDir: `${outDir}.cache` } : {};
  const count: PageCount = { total: 0, rendered: 0 };
  const format = (done: number, total: number) => `${done} of ${total} pages`;
  let progress: Progress | undefined;
  const onPage = (): void => {
    if (!progress) say(`rendering ${count.total} pages…`);
    (progress ??= createProgress({ total: count.total, write: say, format })).update(count.rendered);
  };
  say('astro build…');
  await rm(staging, { recursive: true, force: true });
  try {
    await build({
      root,
      outDir: staging,
      ...cacheDir,
      logLevel: values.verbose ? 'info' : 'warn',
      integrations: [pageProgress(count, values.verbose ? () => {} : onPage)],
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\nastro build failed; dist/ was not touched`);
  }
  const reused = `${count.rendered} of ${count.total} pages rendered, ${count.total - count.rendered} reused`;
  say(`astro build done in ${seconds(started)} s (${reused} from the previous build)`);
  const site = measureSite(staging);
  const hadOld = (await rename(outDir, previous).catch(() => 'none')) !== 'none';
  await rename(staging, outDir);
  const mb = (site.bytes / 1024 ** 2).toFixed(1);
  say(`site ready in ${outDir}: ${site.articles} articles, ${site.pages} pages, ${mb} MB, ${seconds(started)} s`);
  const remover = hadOld && spawn(process.execPath, ['-e', REMOVE, previous], { detached: true, stdio: 'ignore' });
  if (remover) remover.on('error', () => say(`could not delete the previous site: delete ${previous} by hand`)).unref();
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

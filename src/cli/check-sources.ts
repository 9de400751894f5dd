/**
 * `npm run check-sources [-- <content dir>]`: asks every source and copy URL's server whether the report is still
 * there, and lists dead links, moved pages and redirects as `path:line: field: message`, then the articles that have no
 * archived copy. Network use: only this command, never `npm test` (its tests run it against a server on 127.0.0.1).
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { collectLinks, type Link } from './check-sources/links.ts';
import { probe, type Outcome } from './check-sources/probe.ts';
import { describeOutcome, type Finding } from './check-sources/report.ts';
import { createProgress } from './progress.ts';
import { contentDir } from '../lib/paths.ts';

const USAGE = `usage: npm run check-sources [-- <content folder>] [--concurrency N] [--timeout S] [--retries N]

Fetches every source.url and copies[].url and reports, as path:line: field: message, dead links (404, 410,
timeouts, servers that cannot be reached), pages that moved and redirects; then lists the articles that have no
source.archived. Exits 1 when a link is dead, 0 otherwise. Progress goes to stderr.

  <content folder>   the folder to check (default: CONTENT_DIR, else ./content)
  --concurrency N    requests at once (default 8)
  --timeout S        seconds to wait for each answer (default 15)
  --retries N        further tries after a timeout, network error, 429 or 5xx (default 2)
  -h, --help         show this help`;

/** A positive number from an option, or an error naming it. */
function numberOption(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} expects a number of at least ${min} (got ${value})`);
  return n;
}

/** Runs `work` on every item with at most `limit` at once, calling `done` after each. */
async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  done: () => void,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
      done();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      concurrency: { type: 'string', default: '8' },
      timeout: { type: 'string', default: '15' },
      retries: { type: 'string', default: '2' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const concurrency = numberOption('concurrency', values.concurrency, 1);
  const timeoutS = numberOption('timeout', values.timeout, 0.01);
  const retries = Math.floor(numberOption('retries', values.retries, 0));
  const root = contentDir(positionals[0] ?? process.env['CONTENT_DIR']);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new Error(`no such folder: ${root}`);

  const started = performance.now();
  const { links, unarchived } = await collectLinks(root);
  const urls = [...new Set(links.map((l) => l.url))];
  let checked = 0;
  const progress = createProgress({
    total: urls.length,
    write: (line) => void process.stderr.write(`${line}\n`),
    format: (done, total) => `check-sources: ${done} of ${total} URLs checked`,
  });
  process.stderr.write(`check-sources: checking ${urls.length} URLs, ${concurrency} at a time\n`);
  const options = { timeoutMs: timeoutS * 1000, retries, backoffMs: 1000 };
  const outcomes = await inPool(
    urls,
    concurrency,
    (url) => probe(url, options),
    () => progress.update(++checked),
  );
  const byUrl = new Map<string, Outcome>(urls.map((url, i) => [url, outcomes[i] as Outcome]));

  const findings: [Link, Finding][] = links.flatMap((link) => {
    const finding = describeOutcome(link.url, byUrl.get(link.url) as Outcome, timeoutS);
    return finding ? [[link, finding] as [Link, Finding]] : [];
  });
  for (const [link, finding] of findings) console.log(`${link.file}:${link.line}: ${link.field}: ${finding.message}`);
  if (unarchived.length > 0) {
    console.log(`\n${unarchived.length} article${unarchived.length === 1 ? ' has' : 's have'} no source.archived:`);
    for (const u of unarchived)
      console.log(`${u.file}:${u.line}: source.archived: missing: add an archived copy of the report`);
  }
  const count = (s: Finding['severity']) => findings.filter(([, f]) => f.severity === s).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${links.length} URLs checked in ${seconds} s: ${count('dead')} dead, ${count('moved')} moved, ` +
      `${count('note')} to look at; ${unarchived.length} without an archived copy`,
  );
  return count('dead') > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`check-sources: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);

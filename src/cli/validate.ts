/** `npm run validate [-- <content dir>]`: prints every problem as `path:line: field: message`, exits 1 on errors. */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatProblem, summarise, validateContent } from '../content-files/validate/index.ts';
import { contentDir } from '../lib/paths.ts';

const USAGE = `usage: npm run validate [-- <content folder>]

Checks every article, outlet, story and topic file in one run and prints each problem as
path:line: field: message, then a count. Exits 1 when there are errors, 2 when the folder cannot be read.

  <content folder>  the folder to check (default: CONTENT_DIR, else ./content)
  -h, --help        show this help`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new Error(`expected one content folder, got ${positionals.length}\n${USAGE}`);
  const root = contentDir(positionals[0] ?? process.env['CONTENT_DIR']);
  const found = await stat(root).catch(() => undefined);
  if (!found) throw new Error(`no such folder: ${root}`);
  if (!found.isDirectory()) throw new Error(`${root} is a file, not a content folder`);
  const started = performance.now();
  const result = await validateContent(root, { now: new Date() });
  for (const problem of result.problems) console.log(formatProblem(problem));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`${summarise(result.problems, result.files)} (${result.articles} valid articles, ${seconds} s)`);
  return result.errors > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);

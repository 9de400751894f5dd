/** `npm run validate [-- <content dir>]`: prints every problem as `path:line: field: message`, exits 1 on errors. */
import { formatProblem, summarise, validateContent } from './validate/index.ts';
import { contentDir } from '../lib/paths.ts';

const root = contentDir(process.argv[2] ?? process.env['CONTENT_DIR']);
const started = performance.now();
try {
  const result = await validateContent(root);
  for (const problem of result.problems) console.log(formatProblem(problem));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`${summarise(result.problems, result.files)} (${result.articles} valid articles, ${seconds} s)`);
  process.exitCode = result.errors > 0 ? 1 : 0;
} catch (error) {
  console.error(`validate: could not read ${root}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}

/**
 * Child process of `npm run build`: builds the Pagefind search index from the content while Astro renders the site,
 * with the same records and code as the site's integration (src/integrations/search-index.ts), in a process of its
 * own so Astro's memory stays Astro's. It reads the content folder (CONTENT_DIR), then waits: a line
 * `write <folder>` on stdin writes the index there and exits; end of input exits without writing.
 * Files the validator refuses are skipped here: the build stops on them anyway.
 */
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import { contentDir } from '../../content-files/index.ts';
import { createSearchIndex } from '../../integrations/search-index.ts';

const root = contentDir(process.env['CONTENT_DIR']);

async function main(): Promise<void> {
  const { index, records } = await createSearchIndex(root);
  const input = createInterface({ input: process.stdin });
  for await (const line of input) {
    const folder = /^write (.+)$/.exec(line)?.[1];
    if (!folder) continue;
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    console.log(`build: indexed ${records} pages`);
    break;
  }
  input.close();
  process.stdin.destroy();
  await pagefind.close();
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause !== undefined ? ` (${String(error.cause)})` : '';
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exitCode = 1;
});

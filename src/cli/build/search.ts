/**
 * Child process of `npm run build`: builds the Pagefind search index from the content while Astro renders the site,
 * with the same records and code as the site's integration (src/integrations/search-index.ts), in a process of its
 * own so Astro's memory stays Astro's. The records come from the content, not from the pages, so the index is written
 * at once into a folder of its own (SEARCH_DRAFT), while Astro is still rendering; a line `write <folder>` on stdin
 * then moves it there and exits; end of input exits without moving it (the caller removes the draft).
 * Files the validator refuses are skipped here: the build stops on them anyway.
 */
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import { contentDir } from '../../content-files/index.ts';
import { createSearchIndex } from '../../integrations/search-index.ts';

const root = contentDir(process.env['CONTENT_DIR']);
const draft = process.env['SEARCH_DRAFT'];

async function main(): Promise<void> {
  if (!draft) throw new Error('SEARCH_DRAFT (the folder to write the index into first) is not set');
  const input = createInterface({ input: process.stdin });
  const lines = input[Symbol.asyncIterator]();
  const { index, records } = await createSearchIndex(root);
  await rm(draft, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: draft });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await pagefind.close();
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const folder = /^write (.+)$/.exec(next.value)?.[1];
    if (!folder) continue;
    await rename(draft, folder);
    console.log(`build: indexed ${records} pages`);
    break;
  }
  input.close();
  process.stdin.destroy();
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause !== undefined ? ` (${String(error.cause)})` : '';
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exitCode = 1;
});

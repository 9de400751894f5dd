/**
 * Child process of `npm run build`: builds the Pagefind search index from the content while Astro renders the site.
 * It reads the content folder (CONTENT_DIR) through the content module, adds one record per published article
 * (src/lib/search.ts), then waits:
 * a line `write <folder>` on stdin writes the index there and exits; end of input exits without writing.
 * Files the validator refuses are skipped here: the build stops on them anyway.
 */
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import { contentDir } from '../../content-files/index.ts';
import { readSearchRecords } from './records.ts';

const root = contentDir(process.env['CONTENT_DIR']);
/** Records in flight to Pagefind at once: enough to keep it busy, few enough to keep this process small. */
const BATCH = 32;

async function main(): Promise<void> {
  const [records, { index, errors }] = await Promise.all([readSearchRecords(root), pagefind.createIndex({})]);
  if (!index) throw new Error(errors.join('; '));
  let added = 0;
  for (let i = 0; i < records.length; i += BATCH) {
    await Promise.all(records.slice(i, i + BATCH).map(async (record) => {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0) throw new Error(`${record.url}: ${result.errors.join('; ')}`);
      added++;
    }));
  }
  const input = createInterface({ input: process.stdin });
  for await (const line of input) {
    const folder = /^write (.+)$/.exec(line)?.[1];
    if (!folder) continue;
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    console.log(`build: indexed ${added} pages`);
    break;
  }
  input.close();
  process.stdin.destroy();
  await pagefind.close();
}

main().catch((error: unknown) => {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

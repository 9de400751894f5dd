/** What a built page costs a first-time reader: its HTML and the stylesheets and scripts it links, gzipped. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipped = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

/** Gzipped bytes of `page` (a file under `dir`, e.g. "index.html") plus each stylesheet and script file it links. */
export async function pageWeight(dir: string, page: string): Promise<number> {
  const html = await readFile(join(dir, page), 'utf8');
  const links = [
    ...html.matchAll(/<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(\/[^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+)"/g),
  ];
  let total = gzipped(html);
  for (const file of new Set(links.map((m) => m[1] ?? ''))) total += gzipped(await readFile(join(dir, file)));
  return total;
}

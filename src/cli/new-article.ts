/** `npm run new -- <url>`: scaffolds content/articles/undated/<slug>.md for a source URL; never overwrites a file. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from './validate/read.ts';
import { articleTemplate, parseSourceUrl, recogniseOutlet, slugFromUrl, type KnownOutlet } from './new/template.ts';
import { contentDir } from '../lib/paths.ts';

async function knownOutlets(root: string): Promise<KnownOutlet[]> {
  const files = (await readdir(join(root, 'outlets')).catch(() => [])).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
  return Promise.all(files.map(async (file) => {
    const parsed = parseYaml(await readFile(join(root, 'outlets', file), 'utf8'));
    const homepage = parsed.ok ? (parsed.data as { homepage?: unknown } | null)?.homepage : undefined;
    return { id: file.replace(/\.yaml$/, ''), homepage: typeof homepage === 'string' ? homepage : undefined };
  }));
}

async function main(): Promise<void> {
  const input = process.argv[2];
  if (!input) throw new Error('usage: npm run new -- <url of the source article>');
  const url = parseSourceUrl(input);
  const root = contentDir(process.env['CONTENT_DIR']);
  const outlet = recogniseOutlet(url, await knownOutlets(root));
  const dir = join(root, 'articles', 'undated');
  const path = join(dir, `${slugFromUrl(url, outlet)}.md`);
  await mkdir(dir, { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  try {
    await writeFile(path, articleTemplate(url, outlet, today), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${path} already exists; it was not changed`);
    throw error;
  }
  console.log(path);
  if (!outlet) console.log(`note: no known outlet has the host ${url.hostname}; set source.outlet and add content/outlets/<id>.yaml`);
}

main().catch((error: unknown) => {
  console.error(`new: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

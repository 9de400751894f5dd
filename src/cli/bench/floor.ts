/**
 * The floor: the least work any build must do per article, in one process: read the file, split the frontmatter
 * (gray-matter), check it (articleSchema) and render the Markdown with Astro's default processor (Sätteri in Astro 7).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { satteri } from '@astrojs/markdown-satteri';
import { articleSchema } from '../../schema/index.ts';

/** Seconds to parse, validate and render every article under `<dir>/articles`; throws if one fails. */
export async function measureFloor(dir: string): Promise<number> {
  const root = join(dir, 'articles');
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.md'));
  // The same options Astro's content layer passes (astro.config.mjs turns syntax highlighting off).
  const renderer = await satteri().createRenderer({ syntaxHighlight: false, image: {} });
  const started = performance.now();
  let bytes = 0;
  for (const file of files) {
    const { data, content } = matter(await readFile(join(root, file), 'utf8'));
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success) throw new Error(`floor: ${file} does not match the schema: ${parsed.error.issues[0]?.message}`);
    const { code } = await renderer.render(content, { frontmatter: data });
    bytes += code.length;
  }
  if (bytes === 0) throw new Error('floor: rendered nothing');
  return (performance.now() - started) / 1000;
}

/**
 * The floor: the least work any build must do per article, in one process: read the file, split the frontmatter and
 * check it (articleSchema) through the content module, and render the Markdown with Astro's default processor
 * (Sätteri in Astro 7).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { readContent } from '../../content-files/index.ts';

/** Seconds to read, parse, validate and render every article under `<dir>/articles`; throws if one fails. */
export async function measureFloor(dir: string): Promise<number> {
  // The same options Astro's content layer passes (astro.config.mjs turns syntax highlighting off).
  const renderer = await satteri().createRenderer({ syntaxHighlight: false, image: {} });
  const started = performance.now();
  const content = await readContent(dir);
  let bytes = 0;
  for (const article of content.articles) {
    const reason = article.frontmatter ? article.issues[0]?.message : 'unreadable frontmatter';
    if (!article.data) throw new Error(`floor: ${article.file} does not match the schema: ${reason}`);
    const { code } = await renderer.render(article.body ?? '', { frontmatter: article.data });
    bytes += code.length;
  }
  if (bytes === 0) throw new Error('floor: rendered nothing');
  return (performance.now() - started) / 1000;
}

/**
 * Child process of `npm run build`: runs Astro's build with the options in ASTRO_BUILD_OPTIONS (JSON) while the parent
 * validates the content. Building in a child frees Astro's memory before Pagefind indexes the site.
 */
import { build, type AstroInlineConfig } from 'astro';

try {
  await build(JSON.parse(process.env['ASTRO_BUILD_OPTIONS'] ?? '{}') as AstroInlineConfig);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

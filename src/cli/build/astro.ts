/**
 * Child process of `npm run build`: loads Astro while the parent validates, then runs Astro's build with the options
 * in ASTRO_BUILD_OPTIONS (JSON) once the parent writes "build" to its stdin; it exits without building otherwise.
 * Building in a child frees Astro's memory before Pagefind indexes the site.
 */
import { build, type AstroInlineConfig } from 'astro';

const command = await new Promise<string>((done) => {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => (input += chunk));
  process.stdin.on('end', () => done(input.trim()));
});
if (command !== 'build') process.exit(0);
try {
  await build(JSON.parse(process.env['ASTRO_BUILD_OPTIONS'] ?? '{}') as AstroInlineConfig);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

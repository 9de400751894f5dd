/** `npm run new -- <url> [--title "our headline"]`: scaffolds an article file for a source URL; never overwrites. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readContent } from '../content-files/index.ts';
import {
  articleTemplate,
  cleanSourceUrl,
  looksLikeAmp,
  parseSourceUrl,
  publishedFromPath,
  recogniseOutlet,
  slugFromTitle,
  slugFromUrl,
  type KnownOutlet,
} from './new/template.ts';
import { trackingParametersOf } from '../lib/urls.ts';

const USAGE = `usage: npm run new -- <url of the source article> [--title "our headline"]

Writes content/articles/<yyyy>/<slug>.md (or articles/undated/ when the URL has no date) with every field to fill.
The URL loses its tracking parameters and fragment; the outlet is recognised from its host; a /yyyy/mm/dd/ path
fills source.published. Never overwrites a file.

  --title <text>  our headline: the file name is made from it (else from the URL's path)
  -h, --help      show this help`;

/** Every outlet's id, homepage and hosts, read leniently (the validator reports broken outlet files). */
async function knownOutlets(root: string): Promise<KnownOutlet[]> {
  const { outlets } = await readContent(root, { articles: false });
  return outlets.map(({ id, raw }) => {
    const data = raw as { homepage?: unknown; hosts?: unknown } | null | undefined;
    const homepage = typeof data?.homepage === 'string' && URL.canParse(data.homepage) ? data.homepage : undefined;
    const hosts = Array.isArray(data?.hosts) ? data.hosts.filter((h): h is string => typeof h === 'string') : [];
    return { id, homepage, hosts };
  });
}

/** Today's date where the editor is, YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { title: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) return void console.log(USAGE);
  if (positionals.length !== 1) throw new Error(`expected one URL\n${USAGE}`);
  const given = parseSourceUrl(positionals[0] ?? '');
  const url = cleanSourceUrl(given);
  const root = contentDir(process.env['CONTENT_DIR']);
  const outlet = recogniseOutlet(url, await knownOutlets(root));
  const today = localToday();
  const published = publishedFromPath(url, today);
  const slug = values.title !== undefined ? slugFromTitle(values.title, outlet) : slugFromUrl(url, outlet);
  const dir = join(root, 'articles', published?.slice(0, 4) ?? 'undated');
  const path = join(dir, `${slug}.md`);
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(path, articleTemplate({ url, outlet, today, published, title: values.title }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Error(`${path} already exists; it was not changed`);
    throw error;
  }
  console.log(path);
  const removed = [...trackingParametersOf(given), ...(given.hash ? [given.hash] : [])];
  if (removed.length > 0) console.log(`note: removed ${removed.join(', ')} from the URL`);
  if (url.hostname !== given.hostname) console.log(`note: unwrapped the AMP cache address to ${url.href}`);
  else if (looksLikeAmp(url))
    console.log("note: this looks like an AMP page: cite the outlet's canonical URL if it has one");
  if (published)
    console.log(`note: source.published is ${published}, from the URL's path: check it against the article`);
  if (!outlet)
    console.log(
      `note: no known outlet has the host ${url.hostname}; set source.outlet and add content/outlets/<id>.yaml`,
    );
}

main().catch((error: unknown) => {
  console.error(`new: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

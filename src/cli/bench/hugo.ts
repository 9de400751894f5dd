/**
 * The Hugo reference, built when `hugo` is on the PATH: a minimal site over the same Markdown files, one template for
 * an article and one for a country (a `countries` taxonomy term), every other kind of page turned off but the list of
 * countries: Hugo 0.111 (Debian's) refuses `taxonomy` in `disableKinds` ("error-disable-taxonomy").
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const CONFIG = `baseURL: http://localhost/
disableKinds: [home, section, rss, sitemap, robotstxt, "404"]
taxonomies:
  country: countries
`;

const SINGLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>
`;

const TERM = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}: {{ len .Pages }} articles</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
`;

/** The path of `hugo` if it is on the PATH, else undefined. */
export function findHugo(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Quotes the country codes of an article's `countries: [..]` line: Hugo's YAML reads a bare `NO` (Norway) or `ON` as
 * a boolean, where the site's YAML 1.2 reads a string.
 */
export function quoteCountries(text: string): string {
  return text.replace(/^countries: \[(.*)\]$/m, (_, codes: string) => {
    const list = codes
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    return `countries: [${list.map((c) => JSON.stringify(c)).join(', ')}]`;
  });
}

/** Writes a Hugo site into `site`: its config, the two templates, and every article under `articles` as content. */
export async function writeHugoSite(articles: string, site: string): Promise<void> {
  await mkdir(join(site, 'layouts', '_default'), { recursive: true });
  await writeFile(join(site, 'hugo.yaml'), CONFIG);
  await writeFile(join(site, 'layouts', '_default', 'single.html'), SINGLE);
  await writeFile(join(site, 'layouts', '_default', 'term.html'), TERM);
  await writeFile(join(site, 'layouts', '_default', 'list.html'), TERM);
  const entries = await readdir(articles, { recursive: true, withFileTypes: true });
  for (const e of entries.filter((e) => e.isFile() && e.name.endsWith('.md'))) {
    const from = join(e.parentPath, e.name);
    const to = join(site, 'content', 'articles', relative(articles, from));
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, quoteCountries(await readFile(from, 'utf8')));
  }
}

/** `hugo` arguments for a cold build of `site` into `out`, with a new cache folder `cache`. */
export function hugoArgs(site: string, out: string, cache: string): string[] {
  return ['--source', site, '--destination', out, '--cacheDir', cache, '--quiet'];
}

// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFile } from 'node:fs/promises';
import { lastChanged } from './src/lib/feeds.ts';
import { sitemapAlternates, sitemapRoot, sitemapUrl } from './src/lib/sitemap.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { LOCALE_CODES } from './src/i18n/index.ts';

// Each article's <lastmod> in the sitemap is the day it last changed (added, updated or corrected). The dates come from
// the built /data/articles.json, read once when the build is done and before the sitemap is written. Each page's
// language alternates are found here too, in one pass (src/lib/sitemap.ts), not by the sitemap's quadratic `i18n`.
const lastmod = new Map();
/** @type {Map<string, import('./src/lib/sitemap.ts').AlternateLink[]>} */
let alternates = new Map();
/** @type {import('astro').AstroConfig | undefined} */
let astroConfig;
/** @type {import('astro').AstroIntegration} */
const sitemapData = {
  name: 'sitemap-data',
  hooks: {
    'astro:config:done': ({ config }) => {
      astroConfig = config;
    },
    'astro:build:done': async ({ dir, pages }) => {
      const records = JSON.parse(await readFile(new URL('data/articles.json', dir), 'utf8'));
      for (const record of records.articles ?? records)
        lastmod.set(record.url, lastChanged({ id: record.id, data: record }));
      const root = sitemapRoot(astroConfig?.site ?? '', astroConfig?.base);
      const urls = pages.map((page) => sitemapUrl(page.pathname, root));
      const locales = Object.fromEntries(LOCALE_CODES.map((code) => [code, code]));
      alternates = sitemapAlternates(urls, root.href, 'en', locales);
    },
  },
};

// SITE_URL is where the site is deployed; it makes canonical URLs, feeds and the sitemap absolute.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // English at /, the other languages under /<locale>/ (src/pages/[locale]/, src/i18n/).
  i18n: { defaultLocale: 'en', locales: [...LOCALE_CODES], routing: { prefixDefaultLocale: false } },
  markdown: { syntaxHighlight: false },
  // Render 8 pages at a time: page writes overlap rendering (10,000 articles: ~18 s of page generation instead of ~29 s).
  build: { format: 'directory', concurrency: 8 },
  // The search index is built from the content store when the pages are done (src/integrations/search-index.ts), so
  // `astro build` and `astro dev` have a working /search/.
  integrations: [
    sitemapData,
    searchIndex(),
    sitemap({
      // Each localized page lists its versions in the other languages (<xhtml:link rel="alternate" hreflang>).
      serialize: (item) => {
        const links = alternates.get(item.url);
        const changed = lastmod.get(item.url);
        return { ...item, ...(links ? { links } : {}), ...(changed ? { lastmod: changed } : {}) };
      },
    }),
  ],
  // Pages whose getStaticPaths gives a cacheKey (src/lib/cache-key.ts) are copied from the previous build when their key
  // and the code they import are unchanged; `npm run build` keeps that cache in node_modules/.astro (or OUT_DIR.cache).
  experimental: { incrementalBuild: true },
  // A per-page Content-Security-Policy <meta>: Astro hashes its own scripts and styles; no 'unsafe-inline' anywhere.
  // 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run on /search/. public/_headers adds what a meta tag cannot.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // A local preview listens on localhost only; `npm run preview -- --host` serves the network when asked.
  server: { port: 4321, host: 'localhost' },
  // Escape non-ASCII in generated JS: the content store is one huge string literal, and V8 takes ~20 s to compile
  // 10,000 articles' worth when it holds even one non-Latin-1 character (such as ’), against ~2 s in ASCII.
  vite: { environments: { prerender: { build: { rolldownOptions: { output: { charset: 'ascii' } } } } } },
});

// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// SITE_URL is where the site is deployed; it makes canonical URLs, feeds and the sitemap absolute.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  server: { port: 4321, host: true },
});

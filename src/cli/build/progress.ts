/** Counts the HTML pages Astro renders for the progress line; pages its incremental build reuses are not rendered. */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** Pages rendered so far, of `total` pages; `total` is 0 until Astro knows its paths. */
export interface PageCount {
  total: number;
  rendered: number;
}

/** An integration that keeps `count` and calls `onPage` after every rendered page. */
export function pageProgress(count: PageCount, onPage: (rendered: number) => void): AstroIntegration {
  const counting = (astro: AstroPrerenderer): AstroPrerenderer =>
    ({
      name: 'frm:page-progress',
      setup: async () => astro.setup?.(),
      teardown: async () => astro.teardown?.(),
      ...(astro.collectStaticImages ? { collectStaticImages: astro.collectStaticImages.bind(astro) } : {}),
      async getStaticPaths() {
        const paths = await astro.getStaticPaths();
        count.total = paths.filter((p) => p.route.type === 'page').length;
        return paths;
      },
      async render(request, options) {
        const result = await astro.render(request, options);
        if (options.routeData.type === 'page') onPage(++count.rendered);
        return result;
      },
    }) as AstroPrerenderer;
  return {
    name: 'frm:page-progress',
    hooks: { 'astro:build:start': ({ setPrerenderer }) => setPrerenderer(counting) },
  };
}

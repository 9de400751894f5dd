/**
 * Child process of `npm run build`: runs Astro's build with the options in ASTRO_BUILD_OPTIONS (JSON) while the parent
 * validates the content. Building in a child frees Astro's memory before Pagefind indexes the site. Instead of Astro's
 * line per page, it sends the parent `{ pages: done, of: total }` over IPC, and the parent prints a progress line.
 */
import { build, type AstroInlineConfig, type AstroIntegration, type AstroPrerenderer } from 'astro';

/**
 * A message to the parent: `pages` of `of` pages rendered. The last message, once Astro is done, also says how many
 * pages were rendered: the others were copied from the previous build (Astro's incremental build).
 */
export interface PageProgress {
  pages: number;
  of: number;
  rendered?: number;
}

/** The pages counted so far in this build. */
const counted = { total: 0, done: 0 };

/** Counts HTML pages (not feeds or data files) as Astro renders them: the total once all paths are known, then each. */
function pageProgress(send: (message: PageProgress) => void): AstroIntegration {
  const counting = (astro: AstroPrerenderer): AstroPrerenderer => {
    return {
      name: 'frm:page-progress',
      setup: async () => astro.setup?.(),
      teardown: async () => astro.teardown?.(),
      ...(astro.collectStaticImages ? { collectStaticImages: astro.collectStaticImages.bind(astro) } : {}),
      async getStaticPaths() {
        const paths = await astro.getStaticPaths();
        counted.total = paths.filter((p) => p.route.type === 'page').length;
        send({ pages: 0, of: counted.total });
        return paths;
      },
      async render(request, options) {
        const result = await astro.render(request, options);
        if (options.routeData.type === 'page') send({ pages: ++counted.done, of: counted.total });
        return result;
      },
    } as AstroPrerenderer;
  };
  return {
    name: 'frm:page-progress',
    hooks: { 'astro:build:start': ({ setPrerenderer }) => setPrerenderer(counting) },
  };
}

try {
  const options = JSON.parse(process.env['ASTRO_BUILD_OPTIONS'] ?? '{}') as AstroInlineConfig;
  const send = (message: PageProgress) => void process.send?.(message);
  await build({ ...options, integrations: [...(options.integrations ?? []), pageProgress(send)] });
  // The last message is sent before exiting (IPC is asynchronous: exiting at once could drop it).
  const last: PageProgress = { pages: counted.total, of: counted.total, rendered: counted.done };
  await new Promise<void>((sent) => (process.send ? process.send(last, undefined, {}, () => sent()) : sent()));
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

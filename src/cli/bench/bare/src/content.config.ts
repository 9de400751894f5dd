/** The bare site's one collection: every Markdown file under BENCH_ARTICLES, with the two fields its pages use. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env['BENCH_ARTICLES'];
if (!base) throw new Error('BENCH_ARTICLES (the generated articles folder) is not set');

export const collections = {
  articles: defineCollection({
    loader: glob({ base, pattern: '**/*.md' }),
    schema: z.looseObject({ title: z.string(), countries: z.array(z.string()) }),
  }),
};

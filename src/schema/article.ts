/** The frontmatter of one article: our headline and summary of one source article. */
import { z } from 'astro/zod';
import { BASES, LOCALES, MEASURES, SIDES, SPANS } from './vocab.ts';
import { countryCode, fullDate, id, languageCode, partialDate, text, webUrl } from './fields.ts';

/** The original article this entry summarises. */
export const sourceSchema = z.strictObject({
  outlet: id.describe('Id of the outlet (content/outlets/<id>.yaml)'),
  url: webUrl.describe('The original article; http or https only'),
  title: text(400).optional().describe('The original headline, in its own language'),
  published: partialDate.optional().describe('Publication date at its known precision; omit when unknown'),
  published_original: text(100)
    .optional()
    .describe('The date as the page prints it in another calendar (e.g. "२०८१ असार १५"), kept so a reader can check'),
  not_before: partialDate
    .optional()
    .describe('When the date is unknown or coarse: the earliest it can be, from the evidence (e.g. a report it cites)'),
  date_basis: text(300)
    .optional()
    .describe('How the date was worked out when the page does not print it (e.g. "yesterday" of a dated event)'),
  language: languageCode.describe('ISO 639-1 language of the original'),
  archived: webUrl.optional().describe('An archived copy of the original'),
  author: text(200)
    .optional()
    .describe('Who wrote the report when not the outlet linked, e.g. "Associated Press" for an AP story on WTOP'),
});

/** Another place the same report was published: a wire copy, an aggregator's copy, a mirror. */
export const copySchema = z.strictObject({
  outlet: id.describe('Id of the outlet that carried the copy (content/outlets/<id>.yaml)'),
  url: webUrl.describe('The copy; http or https only, unique across all articles and copies'),
  title: text(400).optional().describe('The headline the copy ran under, in its own language'),
  published: partialDate.optional().describe("The copy's publication date at its known precision"),
  language: languageCode.optional().describe("The copy's language, when not the original's"),
});

/** A correction or update to our entry, shown on the article and on /corrections/. */
export const correctionSchema = z.strictObject({
  date: fullDate.describe('When the entry was corrected'),
  note: text(300).describe('What was corrected, in one sentence'),
});

const amount = z.number({ error: 'expected a number' }).nonnegative('must not be negative');

/** One number reported by the source, with who claimed it and when. */
export const figureSchema = z
  .strictObject({
    value: amount.optional().describe('The figure, when a single number'),
    min: amount.optional().describe('Lower bound of a range'),
    max: amount.optional().describe('Upper bound of a range'),
    measure: z.enum(MEASURES, { error: `expected one of: ${MEASURES.join(', ')}` }).describe('What is counted'),
    what: text(200).describe('Short description of the figure'),
    unit: text(60).optional().describe('Unit when not people: "USD per month", "percent", "years"'),
    country: countryCode.optional().describe('The nationality concerned; omit for global or regional figures'),
    claimant: text(200).describe('Who stated the figure'),
    as_of: partialDate.optional().describe('When the figure was stated or applies'),
    basis: z.enum(BASES, { error: `expected one of: ${BASES.join(', ')}` }).describe('What kind of number it is'),
    span: z
      .enum(SPANS, { error: `expected one of: ${SPANS.join(', ')}` })
      .describe('A running total to its date, or a count for one period'),
    period: text(100).optional().describe('The period a "period" figure counts, e.g. "December 2025"'),
    side: z
      .enum(SIDES, { error: `expected one of: ${SIDES.join(', ')}` })
      .describe("Whose people it counts: Russia's side, Ukraine's, or both together"),
  })
  .superRefine((figure, ctx) => {
    const hasRange = figure.min !== undefined || figure.max !== undefined;
    if (figure.value === undefined && !hasRange) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a figure needs a value, or min and/or max' });
    }
    if (figure.value !== undefined && hasRange) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give either value or min/max, not both' });
    }
    if (figure.period !== undefined && figure.span !== 'period') {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'a period is only for figures with span: period' });
    }
    if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `min (${figure.min}) is greater than max (${figure.max})`,
      });
    }
  });

/** Our summary in the site's other languages, by locale: each says what the English summary says, and no more. */
export const summariesSchema = z
  .partialRecord(z.enum(LOCALES, { error: `expected one of the locales ${LOCALES.join(', ')}` }), text(400))
  .describe('Our summary translated, keyed by locale (ne, hi, ar, fr, es, ru)');

/** True when a partial date can fall on or after a partial bound ("2024" may follow "2024-06"; "2024-05" may not). */
export function mayFollow(date: string, bound: string): boolean {
  const length = Math.min(date.length, bound.length);
  return date.slice(0, length) >= bound.slice(0, length);
}

/** An article's frontmatter. */
export const articleSchema = z
  .strictObject({
    title: text(160).describe('Our headline'),
    summary: text(300).describe('One or two sentences, at most 300 characters'),
    summaries: summariesSchema.optional(),
    source: sourceSchema,
    countries: z.array(countryCode, { error: 'expected a list of country codes' }).describe('Nationalities concerned'),
    topics: z.array(id, { error: 'expected a list of topic ids' }).min(1, 'at least one topic is required'),
    story: id.optional().describe('Id of the story (content/stories/<id>.yaml) this article covers'),
    figures: z.array(figureSchema, { error: 'expected a list of figures' }).optional(),
    copies: z
      .array(copySchema, { error: 'expected a list of copies' })
      .optional()
      .describe('Other places the same report was published'),
    added: fullDate.describe('The date the entry was added'),
    updated: fullDate.optional().describe('When the entry was last updated, if after it was added'),
    corrections: z
      .array(correctionSchema, { error: 'expected a list of corrections' })
      .optional()
      .describe('Corrections to our entry, each with its date and what changed'),
    draft: z.boolean({ error: 'expected true or false' }).optional().describe('Drafts are validated but not published'),
  })
  .superRefine((article, ctx) => {
    const { published, not_before: bound, date_basis: basis } = article.source;
    if (basis !== undefined && published === undefined) {
      const message = 'a date basis explains a date: add source.published, or leave the basis out';
      ctx.addIssue({ code: 'custom', path: ['source', 'date_basis'], message });
    }
    if (published !== undefined && bound !== undefined && !mayFollow(published, bound)) {
      const message = `the source is dated ${published}, before its bound ${bound}: correct one of them`;
      ctx.addIssue({ code: 'custom', path: ['source', 'not_before'], message });
    }
    for (const [locale, summary] of Object.entries(article.summaries ?? {})) {
      if (summary.trim() !== article.summary.trim()) continue;
      const message = `the ${locale} summary is the English one: translate it, or leave it out`;
      ctx.addIssue({ code: 'custom', path: ['summaries', locale], message });
    }
  });

/** Parsed article frontmatter. */
export type ArticleData = z.infer<typeof articleSchema>;
/** One other place the report was published. */
export type Copy = z.infer<typeof copySchema>;
/** One correction to an entry. */
export type Correction = z.infer<typeof correctionSchema>;
/** One parsed figure. */
export type Figure = z.infer<typeof figureSchema>;

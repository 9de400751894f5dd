/** The frontmatter of one article: our headline and summary of one source article. */
import { z } from 'astro/zod';
import { MEASURES } from './vocab.ts';
import { countryCode, fullDate, id, languageCode, partialDate, text, webUrl } from './fields.ts';

/** The original article this entry summarises. */
export const sourceSchema = z.strictObject({
  outlet: id.describe('Id of the outlet (content/outlets/<id>.yaml)'),
  url: webUrl.describe('The original article; http or https only'),
  title: text(400).optional().describe('The original headline, in its own language'),
  published: partialDate.optional().describe('Publication date at its known precision; omit when unknown'),
  language: languageCode.describe('ISO 639-1 language of the original'),
  archived: webUrl.optional().describe('An archived copy of the original'),
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
  })
  .superRefine((figure, ctx) => {
    const hasRange = figure.min !== undefined || figure.max !== undefined;
    if (figure.value === undefined && !hasRange) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a figure needs a value, or min and/or max' });
    }
    if (figure.value !== undefined && hasRange) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give either value or min/max, not both' });
    }
    if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min (${figure.min}) is greater than max (${figure.max})` });
    }
  });

/** An article's frontmatter. */
export const articleSchema = z.strictObject({
  title: text(160).describe('Our headline'),
  summary: text(300).describe('One or two sentences, at most 300 characters'),
  source: sourceSchema,
  countries: z.array(countryCode, { error: 'expected a list of country codes' }).describe('Nationalities concerned'),
  topics: z.array(id, { error: 'expected a list of topic ids' }).min(1, 'at least one topic is required'),
  story: id.optional().describe('Id of the story (content/stories/<id>.yaml) this article covers'),
  figures: z.array(figureSchema, { error: 'expected a list of figures' }).optional(),
  added: fullDate.describe('The date the entry was added'),
  draft: z.boolean({ error: 'expected true or false' }).optional().describe('Drafts are validated but not published'),
});

/** Parsed article frontmatter. */
export type ArticleData = z.infer<typeof articleSchema>;
/** One parsed figure. */
export type Figure = z.infer<typeof figureSchema>;

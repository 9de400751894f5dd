/** An outlet: the publisher of source articles. */
import { z } from 'astro/zod';
import { OUTLET_KINDS } from './vocab.ts';
import { countryCode, languageCode, text, webUrl } from './fields.ts';

/** `content/outlets/<id>.yaml`; the id is the file name. */
export const outletSchema = z.strictObject({
  name: text(120).describe("The outlet's name"),
  homepage: webUrl.optional().describe('Its home page'),
  hosts: z
    .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'expected a host name such as "bbc.co.uk"'))
    .optional()
    .describe("Every host it publishes on, besides its homepage's, e.g. bbc.co.uk for the BBC"),
  country: countryCode.optional().describe('ISO code of where it is based; omit when unknown'),
  languages: z.array(languageCode).min(1, 'at least one language').describe('Languages it publishes in'),
  kind: z.enum(OUTLET_KINDS, { error: `expected one of: ${OUTLET_KINDS.join(', ')}` }).optional(),
  notes: text(300).optional().describe('Short factual notes, e.g. state-owned'),
});

/** Parsed outlet data. */
export type OutletData = z.infer<typeof outletSchema>;

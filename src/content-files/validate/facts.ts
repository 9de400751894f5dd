/**
 * What the cross-file rules need from an article, taken from its raw frontmatter field by field: each well-formed
 * field is kept even when others fail the schema, so one run reports every problem and nothing cascades.
 */
import type { z } from 'astro/zod';
import { fullDate, id, partialDate, webUrl } from '../../schema/fields.ts';

/** A copy's well-formed fields, with its index in `copies`. */
export interface CopyFacts {
  index: number;
  outlet: string | undefined;
  url: string | undefined;
}

/** A date field and its path, for the rule against dates in the future. */
export interface DateFact {
  path: PropertyKey[];
  value: string;
}

/** The well-formed parts of one article's frontmatter. */
export interface ArticleFacts {
  outlet: string | undefined;
  url: string | undefined;
  /** The publication date; null when the source gives none, undefined when it cannot be read. */
  published: string | null | undefined;
  archived: string | undefined;
  copies: CopyFacts[];
  topics: { index: number; id: string }[];
  story: string | undefined;
  dates: DateFact[];
}

type Raw = Record<string, unknown>;

const record = (value: unknown): Raw | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Reads every fact the cross-file, folder and date rules use from raw frontmatter of any shape. */
export function readFacts(raw: unknown, valid = false): ArticleFacts {
  // Data that passed the article schema needs no second check, field by field.
  const wellFormed = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    if (valid) return value as T | undefined;
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const top = record(raw) ?? {};
  const source = record(top['source']);
  const dates: DateFact[] = [];
  const date = (schema: z.ZodType<string>, value: unknown, path: PropertyKey[]): string | undefined => {
    const parsed = value === undefined ? undefined : wellFormed(schema, value);
    if (parsed !== undefined) dates.push({ path, value: parsed });
    return parsed;
  };
  const published = date(partialDate, source?.['published'], ['source', 'published']);
  date(partialDate, source?.['not_before'], ['source', 'not_before']);
  date(fullDate, top['added'], ['added']);
  date(fullDate, top['updated'], ['updated']);
  list(top['figures']).forEach((f, i) => date(partialDate, record(f)?.['as_of'], ['figures', i, 'as_of']));
  list(top['corrections']).forEach((c, i) => date(fullDate, record(c)?.['date'], ['corrections', i, 'date']));
  const copies = list(top['copies']).map((c, index) => {
    const copy = record(c);
    date(partialDate, copy?.['published'], ['copies', index, 'published']);
    return { index, outlet: wellFormed(id, copy?.['outlet']), url: wellFormed(webUrl, copy?.['url']) };
  });
  return {
    outlet: wellFormed(id, source?.['outlet']),
    url: wellFormed(webUrl, source?.['url']),
    published: source && source['published'] === undefined ? null : published,
    archived: wellFormed(webUrl, source?.['archived']),
    copies,
    topics: list(top['topics']).flatMap((t, index) => {
      const topic = wellFormed(id, t);
      return topic === undefined ? [] : [{ index, id: topic }];
    }),
    story: wellFormed(id, top['story']),
    dates,
  };
}

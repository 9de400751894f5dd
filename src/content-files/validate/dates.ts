/**
 * Dates the validator can read for an article that gives none (issue 25): the `/yyyy/mm/dd/` path of its source URL
 * or of a copy's URL, or a copy's own date. Each is a warning to check the page and record the date, never a guess.
 */
import { dateFromUrl } from '../../lib/date-evidence.ts';

/** A date found for an undated article, and the field that holds it. */
export interface DateHint {
  path: PropertyKey[];
  date: string;
  message: string;
}

const FIELD = 'source.published';
type Raw = Record<string, unknown>;
const record = (value: unknown): Raw | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The readable dates of an article whose source has no `published`; none when it has one. */
export function findDateHints(frontmatter: unknown): DateHint[] {
  const top = record(frontmatter) ?? {};
  const source = record(top['source']);
  if (!source || source['published'] !== undefined) return [];
  const hints: DateHint[] = [];
  const hint = (path: PropertyKey[], date: string | undefined, where: string): void => {
    if (date === undefined) return;
    const message = `the source has no date, but ${where} gives ${date}: check the page and record it in ${FIELD}`;
    hints.push({ path, date, message });
  };
  const url = text(source['url']);
  hint(['source', 'url'], url && dateFromUrl(url), "the source URL's path");
  const copies = Array.isArray(top['copies']) ? top['copies'] : [];
  copies.forEach((value, i) => {
    const copy = record(value);
    const outlet = text(copy?.['outlet']) ?? `copy ${i + 1}`;
    const published = copy?.['published'];
    const date = typeof published === 'number' ? String(published) : text(published);
    hint(['copies', i, 'published'], date, `the copy at ${outlet}, if it is the same report,`);
    const copyUrl = text(copy?.['url']);
    if (date === undefined) hint(['copies', i, 'url'], copyUrl && dateFromUrl(copyUrl), `the copy at ${outlet}'s URL`);
  });
  return hints;
}

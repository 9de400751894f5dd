/** An article's file name (its URL here) from our headline or from the source URL's most meaningful path segment. */
import { slugify } from 'transliteration';

/** Slugs are cut, at a word boundary, to at most this many characters before the outlet id. */
export const MAX_STEM = 60;

/** Path segments that say nothing about the report on their own. */
const GENERIC = new Set([
  'amp',
  'index',
  'news',
  'article',
  'articles',
  'story',
  'stories',
  'world',
  'international',
  'politics',
  'post',
  'posts',
  'item',
  'items',
  'content',
  'en',
  'ar',
  'ru',
  'fr',
  'es',
  'de',
  'uk',
  'hi',
  'ur',
  'fa',
  'am',
  'home',
]);
const EXTENSION = /(?:\.amp)?\.(?:html?|php|aspx?|shtml|cms|jsp)$/i;

/** A path segment decoded, or as it is when its percent escapes are malformed ("100%-bonus"). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Ids and numbers in URLs: bare numbers, hex hashes and UUIDs, and single tokens mixing letters and digits. */
export function isIdLike(token: string): boolean {
  if (/^\d+$/.test(token)) return true;
  if (/^[0-9a-f-]{8,}$/i.test(token) && /\d/.test(token)) return true;
  return /^[a-z0-9]+$/i.test(token) && /\d/.test(token) && /[a-z]/i.test(token) && token.length >= 6;
}

/** The lower-case ASCII words of a text, any script transliterated (transliteration), apostrophes dropped. */
export function slugWords(text: string): string[] {
  const plain = text.replace(/['’ʼ`]/g, '').replace(/[_+.]/g, ' ');
  return slugify(plain, { lowercase: true, separator: '-', trim: true })
    .split('-')
    .filter((w) => w !== '');
}

/** Drops ids, long numbers and dates at either end of a segment's words ("892421-jordan-calls" → "jordan-calls"). */
function trimIds(words: string[]): string[] {
  const isEdgeId = (w: string) => isIdLike(w) && (w.length >= 5 || !/^\d+$/.test(w));
  const isDate = (ws: string[]) =>
    ws.length >= 2 && /^(?:19|20)\d{2}$/.test(ws[0] ?? '') && ws.slice(1).every((w) => /^\d{1,2}$/.test(w));
  let start = 0;
  let end = words.length;
  for (const n of [3, 2]) {
    if (end - n > 0 && isDate(words.slice(end - n, end))) end -= n;
    if (end - n > start && isDate(words.slice(start, start + n))) start += n;
  }
  while (start < end && isEdgeId(words[start] ?? '')) start++;
  while (end > start && isEdgeId(words[end - 1] ?? '')) end--;
  return words.slice(start, end);
}

/** The words of the URL's most meaningful path segment: the one with the most words; the later one on a tie. */
export function meaningfulWords(url: URL): string[] {
  let best: string[] = [];
  for (const raw of url.pathname.split('/')) {
    const segment = decodeSegment(raw).replace(EXTENSION, '');
    if (segment === '' || GENERIC.has(segment.toLowerCase()) || isIdLike(segment)) continue;
    const words = trimIds(slugWords(segment));
    const meaningful = words.filter((w) => !GENERIC.has(w));
    if (meaningful.length > 0 && words.length >= best.length) best = words;
  }
  return best;
}

/** Joins words with hyphens, dropping whole words from the end until it fits `max` characters. */
export function cutAtWord(words: readonly string[], max = MAX_STEM): string {
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > max) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join('-') : (words[0] ?? '').slice(0, max);
}

/** Appends the outlet id, unless the stem already ends with it. */
function withOutlet(stem: string, outlet: string | undefined): string {
  if (!outlet || stem === outlet || stem.endsWith(`-${outlet}`)) return stem;
  return `${stem}-${outlet}`;
}

/** The slug for our headline, ending with the outlet id when it is known. */
export function slugFromTitle(title: string, outlet: string | undefined): string {
  const stem = cutAtWord(slugWords(title));
  if (stem === '') throw new Error(`the title "${title}" has no letters or digits to make a file name from`);
  return withOutlet(stem, outlet);
}

/** The slug for a source URL, ending with the outlet id when known; `article-<host>` when the path has no words. */
export function slugFromUrl(url: URL, outlet: string | undefined): string {
  const words = meaningfulWords(url);
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-');
  return withOutlet(words.length > 0 ? cutAtWord(words) : `article-${host}`, outlet);
}

/**
 * The "our own words" check: stretches of our text that repeat a source page with at most a couple of words changed.
 * Words are compared case- and punctuation-insensitively; what we put in quotation marks is an attributed quote and is
 * skipped. Anchors are the source's exact n-word shingles (by pigeonhole, every near copy contains one), and each
 * anchored window is then aligned against the nearby source with an edit distance over words.
 */

/** The copy rule's numbers: a stretch of `minWords` words or more, with at most `maxEdits` words changed. */
export interface NearCopyRule {
  minWords: number;
  maxEdits: number;
}

/** The rule the site's bodies and summaries follow (README: "our own words"). */
export const NEAR_COPY_RULE: NearCopyRule = { minWords: 12, maxEdits: 2 };

/** A stretch of our text that nearly repeats the source: character offsets into our text, and its words. */
export interface NearCopy {
  start: number;
  end: number;
  text: string;
  words: number;
}

interface Word {
  word: string;
  start: number;
  end: number;
  /** Which unquoted run of the text the word is in: a stretch never crosses a quotation. */
  segment: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Opening marks and the marks that close them. */
const QUOTES: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“”' };

/** The [start, end) ranges of text inside quotation marks, marks included; an unclosed mark quotes nothing. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const closers = QUOTES[text[i] ?? ''];
    if (closers === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !closers.includes(text[j] ?? '')) j++;
    if (j >= text.length) {
      i++;
      continue;
    }
    ranges.push([i, j + 1]);
    i = j + 1;
  }
  return ranges;
}

/** The words of a text, lower-cased, with offsets; with `skipQuotes`, words in quotation marks are left out. */
function wordsOf(text: string, skipQuotes: boolean): Word[] {
  const quoted = skipQuotes ? quotedRanges(text) : [];
  const words: Word[] = [];
  let q = 0;
  let segment = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let crossed = false;
    while (q < quoted.length && (quoted[q]?.[1] ?? 0) <= start) {
      q++;
      crossed = true;
    }
    if (crossed) segment++;
    const range = quoted[q];
    if (range !== undefined && range[0] <= start && start < range[1]) continue;
    words.push({ word: m[0].toLowerCase(), start, end: start + m[0].length, segment });
  }
  return words;
}

/** The smallest edit distance (words changed, inserted or dropped) between `pattern` and any run of `text`. */
function bestSubstringDistance(pattern: readonly string[], text: readonly string[]): number {
  let prev = new Array<number>(text.length + 1).fill(0);
  for (let a = 1; a <= pattern.length; a++) {
    const row = new Array<number>(text.length + 1);
    row[0] = a;
    for (let k = 1; k <= text.length; k++) {
      const same = pattern[a - 1] === text[k - 1] ? 0 : 1;
      row[k] = Math.min((prev[k - 1] ?? 0) + same, (prev[k] ?? 0) + 1, (row[k - 1] ?? 0) + 1);
    }
    prev = row;
  }
  return Math.min(...prev);
}

/** The length of the exact shingles used as anchors: by pigeonhole, every near copy contains one. */
function anchorSize(rule: NearCopyRule): number {
  return Math.max(1, Math.ceil((rule.minWords - rule.maxEdits) / (rule.maxEdits + 1)));
}

/**
 * Marks every `minWords`-word window of ours that lies within `maxEdits` word edits of a run of the source, and every
 * word of ours inside an exact shingle of the source (`anchored`: a reported stretch starts and ends on one).
 */
function matchingWindows(
  ours: readonly Word[],
  source: readonly string[],
  rule: NearCopyRule,
): { flagged: boolean[]; anchored: boolean[] } {
  const { minWords: size, maxEdits } = rule;
  const n = anchorSize(rule);
  const index = new Map<string, number[]>();
  for (let j = 0; j + n <= source.length; j++) {
    const key = source.slice(j, j + n).join(' ');
    const list = index.get(key);
    if (list) list.push(j);
    else index.set(key, [j]);
  }
  const flagged = new Array<boolean>(ours.length).fill(false);
  const anchored = new Array<boolean>(ours.length).fill(false);
  const tried = new Set<string>();
  for (let i = 0; i + n <= ours.length; i++) {
    const hits = index.get(
      ours
        .slice(i, i + n)
        .map((w) => w.word)
        .join(' '),
    );
    if (hits === undefined || ours[i]?.segment !== ours[i + n - 1]?.segment) continue;
    anchored.fill(true, i, i + n);
    for (let s = Math.max(0, i + n - size); s <= i && s + size <= ours.length; s++) {
      if (flagged[s] || ours[s]?.segment !== ours[s + size - 1]?.segment) continue;
      const window = ours.slice(s, s + size).map((w) => w.word);
      for (const j of hits) {
        const expected = j - (i - s);
        const key = `${s}:${expected}`;
        if (tried.has(key)) continue;
        tried.add(key);
        const region = source.slice(Math.max(0, expected - maxEdits), expected + size + maxEdits);
        if (bestSubstringDistance(window, region) <= maxEdits) {
          flagged[s] = true;
          break;
        }
      }
    }
  }
  return { flagged, anchored };
}

/**
 * Every stretch of `ours` of `rule.minWords` words or more that matches `source` with at most `rule.maxEdits` words
 * changed, inserted or dropped; overlapping matches are merged into one stretch, trimmed to the words that repeat the
 * source exactly (so a changed first or last word is not shown). Quoted text in `ours` is skipped.
 */
export function findNearCopies(ours: string, source: string, rule: NearCopyRule = NEAR_COPY_RULE): NearCopy[] {
  const words = wordsOf(ours, true);
  const sourceWords = wordsOf(source, false).map((w) => w.word);
  const { flagged, anchored } = matchingWindows(words, sourceWords, rule);
  const stretches: NearCopy[] = [];
  let first = -1;
  let last = -1;
  const close = () => {
    let from = first;
    let to = last;
    while (from < to && !anchored[from]) from++;
    while (to > from && !anchored[to]) to--;
    const a = words[from];
    const b = words[to];
    if (a && b) stretches.push({ start: a.start, end: b.end, text: ours.slice(a.start, b.end), words: to - from + 1 });
  };
  flagged.forEach((isMatch, s) => {
    if (!isMatch) return;
    const end = s + rule.minWords - 1;
    if (first >= 0 && s <= last + 1 && words[s]?.segment === words[last]?.segment) last = Math.max(last, end);
    else {
      if (first >= 0) close();
      first = s;
      last = end;
    }
  });
  if (first >= 0) close();
  return stretches;
}

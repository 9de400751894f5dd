/**
 * Invisible and direction-changing characters in frontmatter: zero-width characters, bidi marks, overrides and
 * isolates, and a byte-order mark inside text. They make two ids or URLs look alike while differing, or reorder what
 * a reader sees. One exception: a zero-width (non-)joiner between two letters of a script that needs it (Persian
 * "می‌شود", Devanagari conjuncts) is spelling, not a trick, so an original headline can be quoted exactly.
 */

/** A character that is refused, and where. */
export interface InvisibleChar {
  path: PropertyKey[];
  code: string;
  name: string;
  index: number;
}

const NAMES = new Map<number, string>([
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0xfeff, 'zero-width no-break space (byte-order mark)'],
]);
const PATTERN = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const LETTER = /[\p{L}\p{M}]/u;

/** True for a joiner between two letters where at least one is outside ASCII: the scripts that need joiners. */
function isSpelling(text: string, at: number): boolean {
  const char = text.charCodeAt(at);
  if (char !== 0x200c && char !== 0x200d) return false;
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  return LETTER.test(before) && LETTER.test(after) && /[^\x00-\x7f]/.test(before + after);
}

const ANY = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** Every refused character in every string and key of a parsed YAML value, with its path. */
export function findInvisible(value: unknown, path: PropertyKey[] = []): InvisibleChar[] {
  // Nearly every file has none: one test of its whole text skips the walk (JSON keeps these characters as they are).
  if (path.length === 0 && !ANY.test(JSON.stringify(value) ?? '')) return [];
  const found: InvisibleChar[] = [];
  const scan = (text: string, at: PropertyKey[]): void => {
    for (const m of text.matchAll(PATTERN)) {
      if (isSpelling(text, m.index)) continue;
      const point = m[0].codePointAt(0) ?? 0;
      const code = `U+${point.toString(16).toUpperCase()}`;
      found.push({ path: at, code, name: NAMES.get(point) ?? 'invisible character', index: m.index });
    }
  };
  if (typeof value === 'string') scan(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => found.push(...findInvisible(item, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      scan(key, [...path, key]);
      found.push(...findInvisible(item, [...path, key]));
    }
  }
  return found;
}

/** The message for one refused character. */
export function describeInvisible(c: InvisibleChar): string {
  const where = `at character ${c.index + 1}`;
  return `contains an invisible ${c.name} (${c.code}) ${where}: delete it; retype the text if unsure`;
}

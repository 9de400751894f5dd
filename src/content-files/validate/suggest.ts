/** "Did you mean …?": the known name closest to a misspelt key, id or value (edit distance, fastest-levenshtein). */
import { distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';

/** The known name nearest to `input`, when it is close enough to be a typo of it (about one edit in three). */
export function nearest(input: string, known: Iterable<string>): string | undefined {
  const typed = input.toLowerCase();
  const limit = Math.max(2, Math.ceil(typed.length / 3));
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = distance(typed, name.toLowerCase());
    if (d <= limit && d < Math.max(typed.length, name.length) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

/** ` did you mean "x"?` with a leading space, or '' when nothing is near. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const name = nearest(input, known);
  return name === undefined ? '' : ` did you mean "${name}"?`;
}

interface Inner {
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/** The keys a strict object in `schema` allows at `path` (array indexes step into elements), or [] when none. */
export function keysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let node: z.ZodType | undefined = schema;
  for (let i = 0; node && i <= path.length; ) {
    const def: Inner = (node as unknown as { def: Inner }).def;
    const next: z.ZodType | undefined = def.innerType ?? def.in;
    if (next) {
      node = next;
      continue;
    }
    if (i === path.length) return def.shape ? Object.keys(def.shape) : [];
    const segment = path[i++];
    node = typeof segment === 'number' ? def.element : def.shape?.[String(segment)];
  }
  return [];
}

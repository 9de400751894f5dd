/** zod's issues in words for the editor who made the mistake: misspelt keys, near-miss values, wrong types. */
import type { z } from 'astro/zod';
import { didYouMean, keysAt, nearest } from './suggest.ts';

/** Unknown keys with the known key each looks like, so the "missing" message of that key can point at the typo. */
export interface KeyTypos {
  /** The message for an unknown key at `parent`. */
  unknown(parent: PropertyKey[], key: string): string;
  /** The unknown key (and its line) that looks like a misspelling of the missing key at `path`, if any. */
  typoOf(path: PropertyKey[]): { key: string; line: number } | undefined;
}

/** Finds, for each unknown key in `issues`, the allowed key nearest to it in `schema`. */
export function keyTypos(
  schema: z.ZodType,
  issues: z.core.$ZodIssue[],
  lineOf: (path: PropertyKey[]) => number,
): KeyTypos {
  const byMissing = new Map<string, { key: string; line: number }>();
  const known = (parent: PropertyKey[]) => keysAt(schema, parent);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const near = nearest(key, known(issue.path));
      if (near) byMissing.set(JSON.stringify([...issue.path, near]), { key, line: lineOf([...issue.path, key]) });
    }
  }
  return {
    unknown(parent, key) {
      const keys = known(parent);
      const hint = didYouMean(key, keys);
      return hint ? `unknown field "${key}":${hint}` : `unknown field "${key}"; the fields here are ${keys.join(', ')}`;
    },
    typoOf: (path) => byMissing.get(JSON.stringify(path)),
  };
}

/** A zod message, rephrased where zod's default is unclear to an editor. */
export function describeIssue(issue: z.core.$ZodIssue, typos: KeyTypos): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const typo = typos.typoOf(issue.path);
    return typo
      ? `is required but missing (is "${typo.key}" on line ${typo.line} a misspelling of it?)`
      : 'is required but missing';
  }
  if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
    const hint = didYouMean(issue.input, issue.values.map(String));
    if (hint) return `"${issue.input}" is not allowed here:${hint} ${issue.message}`;
  }
  return issue.message;
}

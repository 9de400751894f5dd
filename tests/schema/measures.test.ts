import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { figureSchema, MEASURE_DEFINITIONS, MEASURES } from '../../src/schema/index.ts';

describe('MEASURE_DEFINITIONS', () => {
  test('defines every measure the schema accepts, and remains-returned for bodies brought home', () => {
    expect(Object.keys(MEASURE_DEFINITIONS)).toEqual([...MEASURES]);
    expect(MEASURES).toContain('remains-returned');
    const base = { value: 3, what: 'Bodies', claimant: 'Ministry', basis: 'official', span: 'total', side: 'russia' };
    expect(figureSchema.parse({ ...base, measure: 'remains-returned' }).measure).toBe('remains-returned');
  });

  test("the README's measure table lists each measure with the same definition", async () => {
    const readme = await readFile('README.md', 'utf8');
    for (const [measure, definition] of Object.entries(MEASURE_DEFINITIONS)) {
      expect(readme).toContain(`| \`${measure}\` | ${definition} |`);
    }
  });
});

/** On-disk content fixtures for validator tests: copy the valid folder to a temp dir, add one bad file, validate. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import {
  formatProblem,
  validateContent,
  type Problem,
  type ValidationResult,
} from '../../src/content-files/validate/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const VALID_DIR = resolve(ROOT, 'tests/fixtures/content/valid');
export const INVALID_DIR = resolve(ROOT, 'tests/fixtures/content/invalid');
/** Problems are labelled with this prefix instead of the temp dir, so expected paths are stable. */
export const LABEL = 'content';
/** The fixed "now" of validator tests: later fixture dates are in the future. */
export const NOW = new Date('2026-06-01T12:00:00Z');
/** A body long enough to be a summary (40 words or more), for tests about other things. */
const SENTENCE = 'Fixture body text, made up for the tests and not real reporting in any way. ';
export const BODY = `${SENTENCE.repeat(4).trim()}\n`;
/** The options every validator test runs with. */
export const OPTIONS = { label: LABEL, now: NOW } as const;

/** A fresh copy of the valid fixture under os.tmpdir(); remove it with `removeDir`. */
export async function copyValid(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frm-content-'));
  await cp(VALID_DIR, dir, { recursive: true });
  return dir;
}

/** Writes `contents` at `target` (relative to the content folder), creating folders. */
export async function writeInto(dir: string, target: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(dirname(join(dir, target)), { recursive: true });
  await writeFile(join(dir, target), contents);
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Validates the valid fixture plus one extra file at `target`. */
export async function validateWith(target: string, contents: string | Uint8Array): Promise<ValidationResult> {
  const dir = await copyValid();
  try {
    await writeInto(dir, target, contents);
    return await validateContent(dir, OPTIONS);
  } finally {
    await removeDir(dir);
  }
}

/** Validates the valid fixture plus several files, by path relative to the content folder. */
export async function validateWithFiles(files: Record<string, string | Uint8Array>): Promise<ValidationResult> {
  const dir = await copyValid();
  try {
    for (const [target, contents] of Object.entries(files)) await writeInto(dir, target, contents);
    return await validateContent(dir, OPTIONS);
  } finally {
    await removeDir(dir);
  }
}

/** The text of `tests/fixtures/content/invalid/<name>`. */
export function readCase(name: string): Promise<string> {
  return readFile(join(INVALID_DIR, name), 'utf8');
}

/** Validates the valid fixture plus `tests/fixtures/content/invalid/<name>` placed at `target`. */
export async function validateCase(name: string, target = `articles/2025/${name}`): Promise<ValidationResult> {
  return validateWith(target, await readFile(join(INVALID_DIR, name)));
}

/** One expected problem: exact file and field, message substring, exact line when given. */
export interface Expected {
  file: string;
  field: string;
  message: string;
  line?: number | undefined;
}

export function errorsOf(result: ValidationResult): Problem[] {
  return result.problems.filter((p) => p.severity === 'error');
}

/** Each expected error is reported, and every error reported is on one of the expected file + field pairs. */
export function expectErrors(result: ValidationResult, expected: Expected[]): void {
  const errors = errorsOf(result);
  const shown = errors.map(formatProblem).join('\n') || '(no errors)';
  expect(expected.length).toBeGreaterThan(0);
  for (const e of expected) {
    expect(errors, shown).toContainEqual(
      expect.objectContaining({
        file: e.file,
        field: e.field,
        message: expect.stringContaining(e.message),
        ...(e.line === undefined ? {} : { line: e.line }),
      }),
    );
  }
  for (const error of errors) {
    expect(
      expected.some((e) => e.file === error.file && e.field === error.field),
      `unexpected: ${formatProblem(error)}`,
    ).toBe(true);
  }
}

/** One problem, every part exact. */
export interface ExactProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** The errors reported are exactly these (file, line, field and whole message), in the validator's order. */
export function expectExactErrors(result: ValidationResult, expected: ExactProblem[]): void {
  const errors = errorsOf(result).map(({ file, line, field, message }) => ({ file, line, field, message }));
  expect(errors, errors.map((e) => `${e.file}:${e.line}: ${e.field}: ${e.message}`).join('\n')).toEqual(expected);
}

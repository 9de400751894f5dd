/** Parses one content file safely: encoding, size, frontmatter, YAML shape. Never throws on bad content. */
import matter from 'gray-matter';
import yaml from 'js-yaml';

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 1_000_000;
const MAX_NODES = 5_000;
const MAX_DEPTH = 12;

/**
 * The YAML that Astro's content layer reads (js-yaml 4, YAML 1.2 core types), so the validator and Astro agree on
 * what a value is (`1_000`, `017`, `1:30`). One difference on purpose: js-yaml reads an unquoted 2025-02-30 as
 * 2 March, so unquoted YYYY-MM-DD stays text and the schema can refuse impossible dates.
 */
/** js-yaml's built-in types (exported at runtime, missing from @types/js-yaml). */
type TypeName = 'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set';
const types = (yaml as unknown as { types: Record<TypeName, yaml.Type> }).types;
const timestamp = types.timestamp;
const DATE_AS_TEXT = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string) => timestamp.resolve(data),
  construct: (data: string) => (/^\d{4}-\d{2}-\d{2}$/.test(data) ? data : timestamp.construct(data)),
});
const YAML_SCHEMA = yaml.CORE_SCHEMA.extend({
  implicit: [DATE_AS_TEXT, types.merge],
  explicit: [types.binary, types.omap, types.pairs, types.set],
});
const loadYaml = (text: string): object => yaml.load(text, { schema: YAML_SCHEMA }) as object;

/** The decoded parts of a Markdown file, or the reason it could not be read. */
export type ReadResult =
  | { ok: true; data: unknown; yaml: string; body: string; bodyLine: number; text: string }
  | { ok: false; line: number; field: string; message: string; body?: string; bodyLine?: number };

/** Decodes bytes as strict UTF-8, dropping a BOM and normalising CRLF. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text: text.replace(/\r\n?/g, '\n') };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, message: `the file is not valid UTF-8 (bad byte at offset ${offset}); save it as UTF-8` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** Splits and parses a Markdown file's YAML frontmatter. */
export function readMarkdown(bytes: Uint8Array): ReadResult {
  const empty = 'the file is empty; an article needs YAML frontmatter between --- lines and a body';
  if (bytes.length === 0) return fail(1, '(file)', empty);
  const tooLarge = `the file is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`;
  if (bytes.length > MAX_FILE_BYTES) return fail(1, '(file)', tooLarge);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(1, '(file)', decoded.message);
  const text = decoded.text;
  const noFrontmatter = 'no frontmatter: the file must start with a --- line';
  if (!/^---[ \t]*\n/.test(text)) return fail(1, '(frontmatter)', noFrontmatter);
  const end = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  if (!end) return fail(1, '(frontmatter)', 'the frontmatter is not closed: add a --- line after it');
  const split = () => matter(text, { language: 'yaml', engines: { yaml: loadYaml } });
  const parsed = parseWith(split, (file) => file.data, 2);
  // gray-matter's frontmatter starts with the newline that ends the opening ---, so its line numbers are the file's.
  if (!parsed.ok) {
    // The body is still there to check: it starts after the closing --- line.
    const bodyStart = 3 + end.index + end[0].length;
    const body = text.slice(bodyStart);
    const bodyLine = text.slice(0, bodyStart).split('\n').length;
    return { ...fail(parsed.line, '(frontmatter)', parsed.message), body, bodyLine };
  }
  const file = parsed.data;
  const bodyLine = text.slice(0, text.length - file.content.length).split('\n').length;
  return { ok: true, data: file.data, yaml: file.matter.replace(/^\n/, ''), body: file.content, bodyLine, text };
}

/** Parses a YAML file (outlets, stories, topics) as the frontmatter is parsed. */
export function parseYaml(text: string): { ok: true; data: unknown } | { ok: false; line: number; message: string } {
  return parseWith(
    () => loadYaml(text),
    (data) => data,
    1,
  );
}

type Parsed<T> = { ok: true; data: T } | { ok: false; line: number; message: string };

/**
 * Runs a YAML parse, turning its errors into a line and a message (shape errors at `firstLine`), and refuses shapes
 * that could blow up later (alias bombs, deep nesting).
 */
function parseWith<T>(parse: () => T, dataOf: (result: T) => unknown, firstLine: number): Parsed<T> {
  let result: T;
  try {
    result = parse();
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unreadable';
    const reason = (error as { reason?: string }).reason ?? message;
    const deep = `frontmatter is nested more than ${MAX_DEPTH} levels deep`;
    if (error instanceof RangeError || /maxDepth/.test(reason)) return { ok: false, line: firstLine, message: deep };
    return { ok: false, line: (mark?.line ?? 0) + 1, message: `YAML syntax error: ${reason}` };
  }
  const shape = measureShape(dataOf(result));
  if (shape) return { ok: false, line: firstLine, message: shape };
  return { ok: true, data: result };
}

/** Counts nodes without following shared references twice-free: an alias bomb expands here and is caught. */
function measureShape(root: unknown): string | undefined {
  let nodes = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    const tooLarge = `frontmatter is too large (more than ${MAX_NODES} values; YAML aliases that expand are refused)`;
    if (++nodes > MAX_NODES) return tooLarge;
    if (depth > MAX_DEPTH) return `frontmatter is nested more than ${MAX_DEPTH} levels deep`;
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

function fail(line: number, field: string, message: string): Extract<ReadResult, { ok: false }> {
  return { ok: false, line, field, message };
}

/** Writes any value as YAML (values YAML cannot hold are skipped), for tools and tests that make content files. */
export function dumpYaml(data: unknown): string {
  return yaml.dump(data, { skipInvalid: true });
}

/** A Markdown file's frontmatter and body, or throws naming the problem: for content the build has accepted. */
export function parseMarkdownOrThrow(text: string | Uint8Array): { data: Record<string, unknown>; body: string } {
  const read = readMarkdown(typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (!read.ok) throw new Error(`line ${read.line}: ${read.field}: ${read.message}`);
  return { data: read.data as Record<string, unknown>, body: read.body };
}

/** Reads one content file safely: encoding, size, frontmatter, YAML shape. Never throws on bad content. */
import { createRequire } from 'node:module';
import matter from 'gray-matter';

/** gray-matter's YAML engine (js-yaml's safe loader); its typings omit `engines`. */
const yamlEngine = (matter as unknown as { engines: { yaml: { parse(text: string, options?: { schema: unknown }): unknown } } }).engines.yaml;

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 1_000_000;
const MAX_NODES = 5_000;
const MAX_DEPTH = 12;

/** The js-yaml that gray-matter uses, for its schema API (it has no types here). */
interface YamlType { tag: string; resolve(data: string): boolean; construct(data: string): unknown }
interface JsYaml {
  DEFAULT_SAFE_SCHEMA: { implicit: YamlType[] };
  Type: new (tag: string, options: object) => YamlType;
  Schema: new (definition: { include: unknown[]; implicit: YamlType[] }) => unknown;
}
const jsYaml = createRequire(createRequire(import.meta.url).resolve('gray-matter'))('js-yaml') as JsYaml;
const TIMESTAMP = 'tag:yaml.org,2002:timestamp';
const timestamp = jsYaml.DEFAULT_SAFE_SCHEMA.implicit.find((t) => t.tag === TIMESTAMP) as YamlType;
/** js-yaml reads an unquoted 2025-02-30 as 2 March; keep unquoted YYYY-MM-DD as text so the schema can refuse impossible dates. */
const YAML_SCHEMA = new jsYaml.Schema({ include: [jsYaml.DEFAULT_SAFE_SCHEMA], implicit: [new jsYaml.Type(TIMESTAMP, {
  kind: 'scalar',
  resolve: (data: string) => timestamp.resolve(data),
  construct: (data: string) => (/^\d{4}-\d{2}-\d{2}$/.test(data) ? data : timestamp.construct(data)),
})] });

/** The decoded parts of a Markdown file, or the reason it could not be read. */
export type ReadResult =
  | { ok: true; data: unknown; yaml: string; body: string; bodyLine: number }
  | { ok: false; line: number; field: string; message: string };

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
    try { decoder.decode(bytes.subarray(0, mid)); lo = mid; } catch { hi = mid; }
  }
  return lo;
}

/** Splits and parses a Markdown file's YAML frontmatter. */
export function readMarkdown(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return fail(1, '(file)', 'the file is empty; an article needs YAML frontmatter between --- lines and a body');
  if (bytes.length > MAX_FILE_BYTES) return fail(1, '(file)', `the file is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(1, '(file)', decoded.message);
  const text = decoded.text;
  if (!/^---[ \t]*\n/.test(text)) return fail(1, '(frontmatter)', 'no frontmatter: the file must start with a --- line');
  const end = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  if (!end) return fail(1, '(frontmatter)', 'the frontmatter is not closed: add a --- line after it');
  const yaml = text.slice(4, 3 + end.index + 1);
  const parsed = parseYaml(yaml);
  if (!parsed.ok) return fail(parsed.line + 1, '(frontmatter)', parsed.message);
  const bodyStart = 3 + end.index + end[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  return { ok: true, data: parsed.data, yaml, body: text.slice(bodyStart), bodyLine };
}

/** Parses YAML with gray-matter's engine and refuses shapes that could blow up later (alias bombs, deep nesting). */
export function parseYaml(yaml: string): { ok: true; data: unknown } | { ok: false; line: number; message: string } {
  let data: unknown;
  try {
    data = yamlEngine.parse(yaml, { schema: YAML_SCHEMA });
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, line: 1, message: `frontmatter is nested more than ${MAX_DEPTH} levels deep` };
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message.split('\n')[0] : 'unreadable');
    return { ok: false, line: (mark?.line ?? 0) + 1, message: `YAML syntax error: ${reason}` };
  }
  const shape = measureShape(data);
  if (shape) return { ok: false, line: 1, message: shape };
  return { ok: true, data };
}

/** Counts nodes without following shared references twice-free: an alias bomb expands here and is caught. */
function measureShape(root: unknown): string | undefined {
  let nodes = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_NODES) return `frontmatter is too large (more than ${MAX_NODES} values; YAML aliases that expand are refused)`;
    if (depth > MAX_DEPTH) return `frontmatter is nested more than ${MAX_DEPTH} levels deep`;
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

function fail(line: number, field: string, message: string): ReadResult {
  return { ok: false, line, field, message };
}

/** Finds the line of a frontmatter key so an error can point the editor at it. */

/** Line (1-based, within `yaml`) of the key at `path`, or of its nearest ancestor found; 0 if none. */
export function findKeyLine(yaml: string, path: ReadonlyArray<PropertyKey>): number {
  const lines = yaml.split('\n');
  let from = 0;
  let indent = -1;
  let found = 0;
  for (const segment of path) {
    const hit =
      typeof segment === 'number'
        ? findItem(lines, from, indent, segment)
        : findKey(lines, from, indent, String(segment));
    if (!hit) break;
    ({ line: from, indent } = hit);
    found = from + 1;
  }
  return found;
}

interface Hit {
  line: number;
  indent: number;
}

function findKey(lines: string[], from: number, parentIndent: number, key: string): Hit | undefined {
  const pattern = new RegExp(`^(\\s*)(?:-\\s+)?["']?${escape(key)}["']?\\s*:`);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i > from && isDedent(line, parentIndent)) return undefined;
    const m = pattern.exec(line);
    if (m && (m[1] ?? '').length > parentIndent) return { line: i, indent: (m[1] ?? '').length };
  }
  return undefined;
}

function findItem(lines: string[], from: number, parentIndent: number, index: number): Hit | undefined {
  let seen = -1;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isDedent(line, parentIndent)) return undefined;
    const m = /^(\s*)-(\s|$)/.exec(line);
    if (m && (m[1] ?? '').length >= Math.max(parentIndent, 0) && ++seen === index) {
      return { line: i, indent: (m[1] ?? '').length };
    }
  }
  return undefined;
}

function isDedent(line: string, parentIndent: number): boolean {
  if (line.trim() === '' || line.trimStart().startsWith('#')) return false;
  return line.length - line.trimStart().length <= parentIndent && !/^\s*-\s/.test(line);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

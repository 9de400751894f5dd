/** A problem found in content, and how it is printed. */

/** One error or warning, pointing at a file, a line and a field. */
export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `path:line: field: message`, the format editors' tools can jump to. */
export function formatProblem(p: Problem): string {
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}: ${p.field}: ${prefix}${p.message}`;
}

/** Stable order: by file, then line, then field. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}

/** "2 errors, 1 warning in 120 files". */
export function summarise(problems: Problem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

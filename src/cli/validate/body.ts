/** Content checks on an article's Markdown body, on remark's syntax tree. */
import { remark } from 'remark';

/** A problem in the body, with its line relative to the body's first line. */
export interface BodyIssue { line: number; message: string }

/** Bodies larger than this are refused without parsing. */
export const MAX_BODY_CHARS = 100_000;
const processor = remark();
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

interface MdNode { type: string; url?: string; value?: string; position?: { start: { line: number } }; children?: MdNode[] }

/** Raw HTML, unsafe link schemes, images and an empty body are all refused. */
export function checkBody(body: string): BodyIssue[] {
  if (body.trim() === '') return [{ line: 1, message: 'the body is empty: write our own summary of the article below the frontmatter' }];
  if (body.length > MAX_BODY_CHARS) return [{ line: 1, message: `the body is ${body.length} characters; the limit is ${MAX_BODY_CHARS}` }];
  const issues: BodyIssue[] = [];
  const stack: MdNode[] = [processor.parse(body) as MdNode];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      issues.push({ line, message: `raw HTML is not allowed in the body (found ${JSON.stringify(String(node.value).slice(0, 40))}); use Markdown` });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      issues.push({ line, message: 'images are not allowed in the body' });
    } else if (node.url !== undefined && !isSafeUrl(node.url)) {
      issues.push({ line, message: `link ${JSON.stringify(node.url.slice(0, 60))} is not allowed: use an http(s) URL` });
    }
    if (node.children) stack.push(...node.children);
  }
  return issues.sort((a, b) => a.line - b.line);
}

/** Absolute http(s)/mailto URLs, site-relative paths and fragments are safe; every other scheme is not. */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (/^(#|\/(?!\/))/.test(trimmed)) return true;
  try {
    return SAFE_SCHEMES.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}

/** Counts words in the body, for the editor's length guidance. */
export function countWords(body: string): number {
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

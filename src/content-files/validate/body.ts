/** Checks on an article's Markdown body, on remark's syntax tree and on satteri's, the parser Astro renders with. */
import { remark } from 'remark';
import { markdownToMdast } from 'satteri';

/** A problem in the body, with its line relative to the body's first line. */
export interface BodyIssue {
  line: number;
  message: string;
}

/** Bodies larger than this are refused without parsing. */
export const MAX_BODY_CHARS = 100_000;
const processor = remark();
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/**
 * Astro renders bodies with satteri (GFM and smart punctuation on); its tree is checked too, since GFM footnotes parse
 * differently.
 */
const ASTRO_MARKDOWN = { features: { gfm: true, smartPunctuation: true }, position: true } as const;

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** Raw HTML, unsafe link schemes, images and an empty body are all refused. */
export function checkBody(body: string): BodyIssue[] {
  if (body.trim() === '')
    return [{ line: 1, message: 'the body is empty: write our own summary of the article below the frontmatter' }];
  if (body.length > MAX_BODY_CHARS)
    return [{ line: 1, message: `the body is ${body.length} characters; the limit is ${MAX_BODY_CHARS}` }];
  // Raw HTML, images, links and definitions all need a "<" or a "[" (GFM's bare autolinks are always http(s) or
  // mailto): without either there is nothing to find, and the two parses are skipped (real bodies rarely have either).
  if (!/[<[]/.test(body)) return [];
  const issues = findIssues(processor.parse(body) as MdNode);
  const lines = new Set(issues.map((i) => i.line));
  for (const issue of findIssues(markdownToMdast(body, ASTRO_MARKDOWN) as MdNode))
    if (!lines.has(issue.line)) issues.push(issue);
  return issues.sort((a, b) => a.line - b.line);
}

function findIssues(tree: MdNode): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      issues.push({
        line,
        message:
          `raw HTML is not allowed in the body (found ${JSON.stringify(String(node.value).slice(0, 40))}); ` +
          'use Markdown',
      });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      issues.push({ line, message: 'images are not allowed in the body' });
    } else if (node.url !== undefined && !isSafeUrl(node.url)) {
      issues.push({
        line,
        message: `link ${JSON.stringify(node.url.slice(0, 60))} is not allowed: use an http(s) URL`,
      });
    }
    if (node.children) stack.push(...node.children);
  }
  return issues;
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

/** The body `npm run new` writes, to be replaced by our summary. */
export const SCAFFOLD_BODY =
  "Our summary in our own words: who said what, attributed, with every figure's claimant and date.";
/** Fewer words than this cannot be a summary of a report. */
export const MIN_BODY_WORDS = 40;

/** Editorial checks, apart from the safety checks: the scaffold's placeholder left in, or a body too short. */
export function checkSummary(body: string): BodyIssue[] {
  if (body.trim() === '') return [];
  const placeholder = body.includes(SCAFFOLD_BODY) ? body.split('\n').findIndex((l) => l.includes(SCAFFOLD_BODY)) : -1;
  if (placeholder >= 0) {
    const message = "the body is still the scaffold's placeholder: replace it with our summary";
    return [{ line: placeholder + 1, message }];
  }
  const words = countWords(body, MIN_BODY_WORDS);
  if (words >= MIN_BODY_WORDS) return [];
  const first = body.split('\n').findIndex((line) => line.trim() !== '');
  const message = `the body has ${words} word${words === 1 ? '' : 's'}; a summary needs at least ${MIN_BODY_WORDS}`;
  return [{ line: first + 1, message }];
}

/** Counts words (runs of non-space holding a letter or digit) in the body, stopping at `enough`. */
export function countWords(body: string, enough = Infinity): number {
  let words = 0;
  for (const m of body.matchAll(/\S+/g)) {
    if (/[\p{L}\p{N}]/u.test(m[0]) && ++words >= enough) break;
  }
  return words;
}

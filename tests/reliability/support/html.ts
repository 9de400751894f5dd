/** Reading built HTML as a browser would (satteri's HTML parser): scripts, dangerous elements and attributes, CSP hashes. */
import { createHash } from 'node:crypto';
import { htmlToHast } from 'satteri';

/** A node of a parsed page. */
export interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}
/** One <script> element: its attributes and its exact text. */
export interface Script {
  type: string;
  src: string | undefined;
  text: string;
}

/** Parses a whole HTML document. */
export function parseHtml(html: string): Node {
  return htmlToHast(html) as Node;
}

/** Every element of a tree, in document order. */
export function elementsOf(tree: Node): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'element') found.push(node);
    if (node.children) stack.push(...[...node.children].reverse());
  }
  return found;
}

/** The text inside an element. */
export function textOf(node: Node): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

const prop = (node: Node, name: string): string | undefined => {
  const value = node.properties?.[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** Every <script> element of a page. */
export function scriptsOf(tree: Node): Script[] {
  return elementsOf(tree)
    .filter((e) => e.tagName === 'script')
    .map((e) => ({ type: prop(e, 'type') ?? '', src: prop(e, 'src'), text: textOf(e) }));
}

/** The content of the page's CSP <meta>s. */
export function cspMetasOf(tree: Node): string[] {
  return elementsOf(tree)
    .filter((e) => e.tagName === 'meta' && (prop(e, 'httpEquiv') ?? '').toLowerCase() === 'content-security-policy')
    .map((e) => prop(e, 'content') ?? '');
}

/** The text of every inline <style> element. */
export function stylesOf(tree: Node): string[] {
  return elementsOf(tree)
    .filter((e) => e.tagName === 'style')
    .map(textOf);
}

/** The CSP source expression of an inline script or style: 'sha256-<base64>'. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The directives of a policy string, by name. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** The JSON-LD blocks as they stand in the raw HTML, each up to the first "</script". */
export function rawJsonLdOf(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)].map((m) => m[1] ?? '');
}

const DANGEROUS_TAGS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
const URL_PROPS = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'data',
  'poster',
  'srcSet',
  'ping',
  'background',
]);
const unsafeScheme = (url: string): boolean =>
  /^(javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020]/g, ''));

/** What in a page could run code or load a foreign document: event handlers, script URLs, frames, foreign or unknown scripts. */
export function dangersIn(tree: Node): string[] {
  const found: string[] = [];
  for (const el of elementsOf(tree)) {
    if (DANGEROUS_TAGS.has(el.tagName ?? '')) found.push(`<${el.tagName}>`);
    for (const name of Object.keys(el.properties ?? {})) {
      const value = prop(el, name) ?? '';
      if (/^on/i.test(name)) found.push(`<${el.tagName} ${name}=…>`);
      if (URL_PROPS.has(name) && unsafeScheme(value)) found.push(`<${el.tagName} ${name}="${value.slice(0, 40)}">`);
    }
    if (el.tagName === 'meta' && (prop(el, 'httpEquiv') ?? '').toLowerCase() === 'refresh')
      found.push('<meta http-equiv=refresh>');
  }
  for (const script of scriptsOf(tree)) {
    if (script.src !== undefined) {
      if (!/^\/(_astro|pagefind)\//.test(script.src)) found.push(`<script src="${script.src}">`);
    } else if (script.type !== 'application/ld+json' && script.type !== 'module') {
      found.push(`<script type="${script.type}">`);
    } else if (script.type === 'module' && /alert\(/.test(script.text)) {
      found.push(`<script type=module> calling alert(: ${script.text.slice(0, 60)}`);
    }
  }
  return found;
}

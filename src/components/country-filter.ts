/** Client code of the country filter: state in `?country=`, rows merged from per-country JSON files. */
import type { CardView as Row } from '../lib/card.ts';
import { CARD_FIELD, CARD_PARTS, LIST_IDS } from '../lib/dom-contract.ts';
import { countOf } from '../lib/words.ts';

const cache = new Map<string, Promise<Row[]>>();
const load = (code: string): Promise<Row[]> => {
  let rows = cache.get(code);
  if (!rows) cache.set(code, (rows = fetch(`/data/countries/${code}.json`).then((r) => (r.ok ? r.json() : []))));
  return rows;
};

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

/** A card cloned from the page's blank card template and filled with `row`, as text only. */
function fillCard(template: HTMLTemplateElement, row: Row): Node {
  const card = template.content.cloneNode(true) as DocumentFragment;
  const part = (name: keyof typeof CARD_PARTS) => card.querySelector<HTMLElement>(`[${CARD_FIELD}="${CARD_PARTS[name]}"]`)!;
  const link = (name: keyof typeof CARD_PARTS, href: string, text?: string) => {
    const a = part(name);
    a.setAttribute('href', href);
    if (text !== undefined) a.textContent = text;
    return a;
  };
  link('title', row.href, row.title);
  link('outlet', row.outlet.href, row.outlet.name);
  const date = part('date');
  if (row.date) date.append(el('time', { datetime: row.date.datetime }, row.date.text));
  else date.textContent = 'Date unknown';
  const countries = part('countries');
  if (row.countries.length === 0) countries.remove();
  row.countries.forEach((c, i) => countries.append(...(i > 0 ? [', '] : []), el('a', { href: c.href }, c.name)));
  const original = part('original');
  if (row.original) {
    original.textContent = row.original.title;
    original.setAttribute('lang', row.original.lang);
    original.setAttribute('dir', row.original.dir);
  } else original.remove();
  part('summary').textContent = row.summary;
  const source = link('source', row.source.href);
  source.setAttribute('hreflang', row.source.lang);
  source.querySelector('span')!.textContent = row.outlet.name;
  return card;
}

/** `<country-filter data-target="/articles/">`: filters in place when the page is the target, else navigates there. */
export class CountryFilter extends HTMLElement {
  private boxes: HTMLInputElement[] = [];
  private names = new Map<string, string>();
  private renders = 0;

  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-code]')];
    const search = el('input', { type: 'search', placeholder: 'Type to narrow the list', class: 'filter-narrow', 'aria-label': 'Narrow the list of countries' }) as HTMLInputElement;
    search.addEventListener('input', () => this.narrow(search.value));
    for (const link of links) {
      const code = link.dataset['code'] ?? '';
      this.names.set(code, link.dataset['name'] ?? code);
      const box = el('input', { type: 'checkbox', value: code }) as HTMLInputElement;
      box.addEventListener('change', () => this.select());
      this.boxes.push(box);
      link.replaceWith(el('label', {}, box, ' ', ...link.childNodes));
    }
    this.querySelector('[data-nojs]')?.replaceWith(search);
    addEventListener('popstate', () => this.apply());
    this.apply();
  }

  private get inPlace(): boolean {
    return location.pathname === this.dataset['target'];
  }

  private narrow(text: string): void {
    const q = text.trim().toLowerCase();
    for (const box of this.boxes) box.closest('li')?.toggleAttribute('hidden', !(this.names.get(box.value) ?? '').toLowerCase().includes(q));
  }

  private select(): void {
    const params = new URLSearchParams();
    for (const box of this.boxes) if (box.checked) params.append('country', box.value);
    const url = `${this.dataset['target'] ?? '/'}${params.size ? `?${params}` : ''}`;
    if (!this.inPlace) return location.assign(url);
    history.pushState(null, '', url);
    void this.render();
  }

  private apply(): void {
    const wanted = new Set(new URLSearchParams(location.search).getAll('country').map((c) => c.toLowerCase()));
    for (const box of this.boxes) box.checked = wanted.has(box.value);
    if (this.inPlace) void this.render();
  }

  private async render(): Promise<void> {
    const codes = this.boxes.filter((b) => b.checked).map((b) => b.value);
    const token = ++this.renders;
    const list = document.getElementById(LIST_IDS.results);
    const heading = document.getElementById(LIST_IDS.heading);
    const count = document.getElementById(LIST_IDS.count);
    const template = document.getElementById(LIST_IDS.cardTemplate);
    if (!list || !heading || !count || !(template instanceof HTMLTemplateElement)) return;
    list.dataset['original'] ??= list.innerHTML;
    heading.dataset['original'] ??= heading.textContent ?? '';
    count.dataset['original'] ??= count.textContent ?? '';
    const pager = document.querySelector<HTMLElement>('.pagination');
    if (codes.length === 0) {
      list.innerHTML = list.dataset['original'];
      heading.textContent = heading.dataset['original'];
      count.textContent = count.dataset['original'];
      if (pager) pager.hidden = false;
      return;
    }
    const seen = new Set<string>();
    const loaded = await Promise.all(codes.map(load));
    if (token !== this.renders) return; // a newer selection has rendered or is rendering
    const rows = loaded.flat().filter((r) => !seen.has(r.href) && seen.add(r.href));
    rows.sort((a, b) => (a.sort === b.sort ? a.title.localeCompare(b.title) : !a.sort ? 1 : !b.sort ? -1 : b.sort.localeCompare(a.sort)));
    list.replaceChildren(...rows.map((r) => el('li', {}, fillCard(template, r))));
    heading.textContent = `Articles about ${codes.map((c) => this.names.get(c) ?? c).join(' or ')}`;
    count.textContent = countOf(rows.length, 'article');
    if (pager) pager.hidden = true;
  }
}

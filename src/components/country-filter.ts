/** Client code of the country filter: state in `?country=`, rows merged from per-country JSON files. */

interface Row { href: string; title: string; summary: string; date: string; sort: string; outlet: string; source: string }

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
    const list = document.getElementById('article-results');
    const heading = document.getElementById('list-heading');
    const count = document.getElementById('list-count');
    if (!list || !heading || !count) return;
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
    list.replaceChildren(...rows.map((r) => el('li', {}, el('article', { class: 'card' },
      el('h2', { class: 'card-title' }, el('a', { href: r.href }, r.title)),
      el('p', { class: 'meta' }, `${r.outlet} · ${r.date}`),
      el('p', { class: 'card-summary' }, r.summary),
      el('p', { class: 'card-source' }, el('a', { href: r.source, rel: 'noopener noreferrer external' }, `Original at ${r.outlet}`))))));
    heading.textContent = `Articles about ${codes.map((c) => this.names.get(c) ?? c).join(' or ')}`;
    count.textContent = `${rows.length} article${rows.length === 1 ? '' : 's'}`;
    if (pager) pager.hidden = true;
  }
}

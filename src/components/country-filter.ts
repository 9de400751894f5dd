/** Client code of the country filter: state in `?country=`, lists merged from per-country index and chunk files. */
import type { CardView as Row } from '../lib/card.ts';
import { CARD_FIELD, CARD_PARTS, FILTER_MESSAGES, type FilterMessages, LIST_IDS } from '../lib/dom-contract.ts';
import { filterDataPath, FILTER_CHUNK, locateRank, mergeRanks, type FilterIndex } from '../lib/filter-list.ts';
import { formatWhole } from '../lib/words.ts';

const files = new Map<string, Promise<unknown>>();
/** A JSON file of the site, fetched once per page; `fallback` when it is missing. */
const getJson = <T>(url: string, fallback: T): Promise<T> => {
  let file = files.get(url);
  if (!file)
    files.set(
      url,
      (file = fetch(url).then(
        (r) => (r.ok ? r.json() : fallback),
        () => fallback,
      )),
    );
  return file as Promise<T>;
};
const loadIndex = (code: string) => getJson<FilterIndex>(filterDataPath(code), { ranks: [], rows: [] });
const loadChunk = (code: string, chunk: number): Promise<Row[]> =>
  chunk <= 1 ? loadIndex(code).then((index) => index.rows) : getJson<Row[]>(filterDataPath(code, chunk), []);

/** The current selection: its countries, their ranks, and its whole list as ranks. */
interface Selection {
  codes: string[];
  lists: number[][];
  order: number[];
}

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

/** `{name}` in `text` replaced by `values.name`. */
const fill = (text: string, values: Readonly<Record<string, string>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The server's wording and the number and plural formatting of its language (see FilterMessages). */
class Wording {
  readonly text: FilterMessages;
  private rules: Intl.PluralRules | undefined;
  private numbers: Intl.NumberFormat | undefined;

  constructor(json: string | null) {
    this.text = JSON.parse(json ?? '{}') as FilterMessages;
  }

  /**
   * A whole number as the page's language writes it; en-GB without Intl, since the first `toLocaleString` on a page
   * loads locale data, which cost the filter tens of milliseconds per selection.
   */
  number(n: number): string {
    if (this.text.intl === 'en-GB') return formatWhole(n);
    this.numbers ??= new Intl.NumberFormat(this.text.intl);
    return this.numbers.format(Math.trunc(n));
  }

  /** "1 article", "3 articles" in the page's language. */
  articles(n: number): string {
    this.rules ??= new Intl.PluralRules(this.text.intl);
    const forms = this.text.articles;
    return fill(forms[this.rules.select(n)] ?? forms.other, { count: this.number(n) });
  }
}

/** A card cloned from the page's blank card template and filled with `row`, as text only. */
function fillCard(template: HTMLTemplateElement, row: Row, dateUnknown: string): Node {
  const card = template.content.cloneNode(true) as DocumentFragment;
  const parts = new Map<string | null, HTMLElement>();
  for (const node of card.querySelectorAll<HTMLElement>(`[${CARD_FIELD}]`)) {
    parts.set(node.getAttribute(CARD_FIELD), node);
  }
  const part = (name: keyof typeof CARD_PARTS) => parts.get(CARD_PARTS[name]) as HTMLElement;
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
  else date.textContent = dateUnknown;
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

/**
 * `<country-filter data-target="/articles/" [data-chunk="50"]>`: filters in place when the page is the target, else
 * navigates there. In place it shows the first `data-chunk` cards of the selection and a "Show more" button for the
 * rest, so a country with thousands of articles renders as fast as one with fifty.
 */
export class CountryFilter extends HTMLElement {
  private boxes: HTMLInputElement[] = [];
  private names = new Map<string, string>();
  private renders = 0;
  private selection: Selection = { codes: [], lists: [], order: [] };
  /** How many cards of the selection are in the list. */
  private shown = 0;
  private more: HTMLButtonElement | undefined;
  /** True while "Show more" fetches, so a double click adds each card once. */
  private busy = false;
  /** The server's list, heading and count, put back when the selection is cleared. */
  private original: { cards: Node[]; heading: string; count: string } | undefined;
  private wording = new Wording(null);

  connectedCallback(): void {
    this.wording = new Wording(this.getAttribute(FILTER_MESSAGES));
    const { text } = this.wording;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-code]')];
    const search = el('input', {
      type: 'search',
      placeholder: text.placeholder,
      class: 'filter-narrow',
      'aria-label': text.narrowLabel,
    }) as HTMLInputElement;
    search.addEventListener('input', () => this.narrow(search.value));
    for (const link of links) {
      const code = link.dataset['code'] ?? '';
      this.names.set(code, link.dataset['name'] ?? code);
      const box = el('input', { type: 'checkbox', value: code }) as HTMLInputElement;
      box.addEventListener('change', () => this.select());
      this.boxes.push(box);
      const label = el('label', {}, box, ' ', ...link.childNodes);
      // A press comes before its click (a key's keydown before its change): start fetching the index then.
      const prefetch = () => void (this.inPlace && loadIndex(code));
      label.addEventListener('pointerdown', prefetch);
      box.addEventListener('keydown', prefetch);
      link.replaceWith(label);
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
    for (const box of this.boxes)
      box.closest('li')?.toggleAttribute('hidden', !(this.names.get(box.value) ?? '').toLowerCase().includes(q));
  }

  private select(): void {
    const params = new URLSearchParams();
    for (const box of this.boxes) if (box.checked) params.append('country', box.value);
    const url = `${this.dataset['target'] ?? '/'}${params.size ? `?${params}` : ''}`;
    if (!this.inPlace) return location.assign(url);
    void this.render(); // first, so the files are on their way while the history entry is written
    history.pushState(null, '', url);
  }

  private apply(): void {
    const wanted = new Set(new URLSearchParams(location.search).getAll('country').map((c) => c.toLowerCase()));
    for (const box of this.boxes) box.checked = wanted.has(box.value);
    if (this.inPlace) void this.render();
  }

  private async render(): Promise<void> {
    const codes = this.boxes.filter((b) => b.checked).map((b) => b.value);
    const token = ++this.renders;
    const loading = Promise.all(codes.map(loadIndex));
    const list = document.getElementById(LIST_IDS.results);
    const heading = document.getElementById(LIST_IDS.heading);
    const count = document.getElementById(LIST_IDS.count);
    const template = document.getElementById(LIST_IDS.cardTemplate);
    if (!list || !heading || !count || !(template instanceof HTMLTemplateElement)) return;
    // The server's cards are kept as nodes (not re-serialised) to put back when the selection is cleared.
    this.original ??= { cards: [...list.childNodes], heading: heading.textContent, count: count.textContent };
    const original = this.original;
    const pager = document.querySelector<HTMLElement>('.pagination');
    if (codes.length === 0) {
      list.replaceChildren(...original.cards);
      heading.textContent = original.heading;
      count.textContent = original.count;
      if (pager) pager.hidden = false;
      if (this.more) this.more.hidden = true;
      return;
    }
    const indexes = await loading;
    if (token !== this.renders) return; // a newer selection has rendered or is rendering
    const lists = indexes.map((index) => index.ranks);
    this.selection = { codes, lists, order: mergeRanks(lists) };
    this.shown = 0;
    const cards = await this.nextCards(template, token);
    if (!cards) return;
    list.replaceChildren(...cards);
    const { text } = this.wording;
    heading.textContent = fill(text.heading, { countries: codes.map((c) => this.names.get(c) ?? c).join(text.or) });
    count.textContent = this.wording.articles(this.selection.order.length);
    if (pager) pager.hidden = true;
    this.updateMore(list, template);
  }

  private get chunk(): number {
    return Number(this.dataset['chunk']) || FILTER_CHUNK;
  }

  /** The selection's next chunk of cards (fetching the row files it needs), or undefined if the selection changed. */
  private async nextCards(template: HTMLTemplateElement, token: number): Promise<HTMLElement[] | undefined> {
    const { codes, lists, order } = this.selection;
    const end = Math.min(order.length, this.shown + this.chunk);
    const places = order.slice(this.shown, end).map((rank) => locateRank(rank, lists));
    const rows = await Promise.all(places.map((p) => (p ? loadChunk(codes[p.list] ?? '', p.chunk) : [])));
    if (token !== this.renders) return undefined;
    this.shown = end;
    return places.flatMap((p, i) => {
      const row = p && rows[i]?.[p.offset];
      return row ? [el('li', {}, fillCard(template, row, this.wording.text.dateUnknown))] : [];
    });
  }

  /** Keeps the "Show more" button after the list while cards remain, labelled with what it adds. */
  private updateMore(list: HTMLElement, template: HTMLTemplateElement): void {
    if (!this.more) {
      this.more = el('button', { type: 'button', id: LIST_IDS.more, class: 'list-more' }) as HTMLButtonElement;
      this.more.addEventListener('click', () => void this.showMore(list, template));
      list.after(this.more);
    }
    const total = this.selection.order.length;
    const left = total - this.shown;
    this.more.hidden = left === 0;
    const number = (n: number) => this.wording.number(n);
    this.more.textContent = fill(this.wording.text.showMore, {
      count: number(Math.min(this.chunk, left)),
      shown: number(this.shown),
      total: number(total),
    });
  }

  /** Appends the next chunk, then focuses its first card so keyboard and screen reader users go on from there. */
  private async showMore(list: HTMLElement, template: HTMLTemplateElement): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const cards = await this.nextCards(template, this.renders).finally(() => (this.busy = false));
    if (!cards) return;
    list.append(...cards);
    this.updateMore(list, template);
    cards[0]?.querySelector<HTMLElement>(`[${CARD_FIELD}="${CARD_PARTS.title}"]`)?.focus();
  }
}

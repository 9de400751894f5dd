/**
 * The search page's client: Pagefind's own search API, our result markup (headline, outlet, date, countries,
 * excerpt), an order by date, filters, and the address (`?q=`, `?sort=`, filters) kept in step with the form.
 */
import { SEARCH_FILTERS, SEARCH_IDS, SEARCH_SORTS } from '../lib/dom-contract.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; outlet?: string; date?: string; datetime?: string; countries?: string };
}
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options: { sort?: Record<string, 'asc' | 'desc'>; filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

/** Results shown per search; the rest are counted. */
const SHOWN = 50;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

/** Pagefind's excerpt as nodes: its text, with its `<mark>`s as real marks; nothing else is parsed. */
function excerptNodes(excerpt: string): Node[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
  const decode = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const mark = /^<mark>(.*)<\/mark>$/.exec(part);
    return mark ? el('mark', {}, decode(mark[1] ?? '')) : document.createTextNode(decode(part));
  });
}

function resultItem(r: ResultData): HTMLElement {
  const { meta } = r;
  const date = meta.datetime
    ? el('time', { datetime: meta.datetime }, meta.date ?? '')
    : el('span', {}, meta.date ?? '');
  const details = [meta.outlet ?? '', ' · ', date, ...(meta.countries ? [' · ', meta.countries] : [])];
  return el(
    'li',
    {},
    el(
      'article',
      { class: 'card' },
      el('h2', { class: 'card-title' }, el('a', { href: r.url }, meta.title ?? r.url)),
      el('p', { class: 'meta' }, ...details),
      el('p', { class: 'card-summary' }, ...excerptNodes(r.excerpt)),
    ),
  );
}

/**
 * "12 results", or "340 results, the first 50 shown", in the page's language: the wording comes from the status
 * element's data-plural-<category> and data-first-shown attributes (src/components/views/SearchView.astro).
 */
function statusLine(status: HTMLElement, count: number): string {
  const lang = document.documentElement.lang || 'en';
  const tag = lang === 'en' ? 'en-GB' : lang === 'ar' ? 'ar-u-nu-latn' : lang;
  const number = (n: number) => new Intl.NumberFormat(tag).format(n);
  const form = new Intl.PluralRules(lang).select(count);
  const attribute = (name: string) => status.getAttribute(`data-${name}`);
  const results = (attribute(`plural-${form}`) ?? attribute('plural-other') ?? '{count}').replace(
    '{count}',
    number(count),
  );
  if (count <= SHOWN) return results;
  return (attribute('first-shown') ?? '{results}').replace('{results}', results).replace('{count}', number(SHOWN));
}

/** Starts the search page: runs the address's search, then follows the form as it is typed. */
export async function startSearch(): Promise<void> {
  const form = byId<HTMLFormElement>(SEARCH_IDS.form);
  const query = byId<HTMLInputElement>(SEARCH_IDS.query);
  const sort = byId<HTMLSelectElement>(SEARCH_IDS.sort);
  const status = byId(SEARCH_IDS.status);
  const list = byId(SEARCH_IDS.results);
  if (!form || !query || !sort || !status || !list) return;
  const params = new URLSearchParams(location.search);
  query.value ||= params.get('q') ?? '';
  const wanted = params.get('sort') ?? '';
  sort.value = wanted in SEARCH_SORTS ? wanted : '';
  const selects = Object.keys(SEARCH_FILTERS).map(
    (name) => [name, byId<HTMLSelectElement>(`${SEARCH_IDS.filterPrefix}${name}`)!] as const,
  );
  // The form follows typing at once; searches wait for Pagefind, which loads in the background.
  const ready = (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
    await pagefind.init();
    const available = await pagefind.filters();
    for (const [name, select] of selects) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'en'));
      select.append(...values.map((v) => el('option', { value: v }, v)));
      select.value = params.get(name) ?? '';
      select.parentElement?.removeAttribute('hidden');
    }
    return pagefind;
  })();
  let run = 0;
  const search = async (): Promise<void> => {
    const token = ++run;
    const next = new URLSearchParams();
    const term = query.value.trim();
    if (term) next.set('q', term);
    if (sort.value) next.set('sort', sort.value);
    const filters: Record<string, string> = {};
    for (const [name, select] of selects) {
      // Until Pagefind has filled a filter's options, the address's value stands.
      const value = select.options.length > 1 ? select.value : (params.get(name) ?? '');
      if (value) next.set(name, (filters[name] = value));
    }
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      status.textContent = '';
      return;
    }
    // Busy until this search's results replace the last one's: readers of the list (and tests) can tell them apart.
    list.setAttribute('aria-busy', 'true');
    const pagefind = await ready;
    if (token !== run) return;
    const order = sort.value === 'newest' ? 'desc' : sort.value === 'oldest' ? 'asc' : undefined;
    const found = await pagefind.search(term || null, { filters, ...(order ? { sort: { date: order } } : {}) });
    const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    if (token !== run) return;
    list.replaceChildren(...data.map(resultItem));
    list.setAttribute('aria-busy', 'false');
    status.textContent = statusLine(status, found.results.length);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 150);
  };
  query.addEventListener('input', soon);
  form.addEventListener('change', soon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  await search();
}

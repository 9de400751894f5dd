/** Starts Pagefind's UI on /search/ and runs the query from `?q=`, so the header's plain form lands on results. */
declare const PagefindUI: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };

/** Mounts the search UI and triggers the `q` parameter's search. */
export function startSearch(): void {
  const root = document.querySelector('[data-search-root]');
  if (!root || typeof PagefindUI === 'undefined') return;
  const ui = new PagefindUI({ element: '#search', showSubResults: false, showImages: false, resetStyles: false });
  root.querySelector('input.pagefind-ui__search-input')?.setAttribute('aria-label', 'Search articles');
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}

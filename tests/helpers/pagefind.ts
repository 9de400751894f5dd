/** The site's search index opened in a browser page as the search page opens it: its parts, merged. */
import { SEARCH_INDEX_BASE, SEARCH_PARTS_ATTRIBUTE } from '../../src/lib/dom-contract.ts';

/**
 * A script for `page.evaluate` on a built search page: binds `pf` to Pagefind with every part of the index merged
 * (the parts are read from the page's form, as src/components/search.ts reads them), then runs `body`. A string, so
 * that Vite leaves its import() alone. Merging a part twice into one Pagefind adds its pages twice to every result,
 * so this Pagefind is a module instance of its own (`?tests`: the search page's client has merged the parts into its
 * own), merged once per page.
 */
export function withMergedIndex(body: string): string {
  return `(async () => {
    window.frmMergedIndex ??= (async () => {
      const form = document.querySelector('[${SEARCH_PARTS_ATTRIBUTE}]');
      const parts = form.getAttribute('${SEARCH_PARTS_ATTRIBUTE}').split(' ');
      const pf = await import('${SEARCH_INDEX_BASE}' + parts[0] + '/pagefind.js?tests');
      await pf.init();
      for (const part of parts.slice(1)) await pf.mergeIndex('${SEARCH_INDEX_BASE}' + part + '/');
      return pf;
    })();
    const pf = await window.frmMergedIndex;
    ${body}
  })()`;
}

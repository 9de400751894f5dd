/** Citations of an entry and of the report it summarises, the citation_* meta tags, and the error-report link. */
import { formatPartialDate } from './dates.ts';
import { lastChanged } from './feeds.ts';
import { articlePath } from './paths.ts';
import type { ArticleItem } from './types.ts';

/** Ready-made citations: our entry, and the original report (author or outlet, headline, date, URL). */
export function citations(article: ArticleItem, outletName: string, site: string, siteName: string) {
  const { data } = article;
  const url = new URL(articlePath(article.id), site).href;
  const by = data.source.author ?? outletName;
  const headline = data.source.title ? `"${data.source.title}"` : '[headline not recorded]';
  const when = data.source.published ? formatPartialDate(data.source.published) : 'date unknown';
  const via = data.source.author && data.source.author !== outletName ? ` ${outletName}.` : '';
  return {
    entry: `${siteName}. "${data.title}". Added ${formatPartialDate(data.added)}. ${url}`,
    original: `${by}. ${headline}.${via} ${when}. ${data.source.url}`,
  };
}

/** `citation_*` meta tags (Highwire Press names, read by Google Scholar and reference managers). */
export function citationMeta(
  article: ArticleItem,
  site: string,
  siteName: string,
): { name: string; content: string }[] {
  const slash = (date: string) => date.replace(/-/g, '/');
  return [
    { name: 'citation_title', content: article.data.title },
    { name: 'citation_author', content: siteName },
    { name: 'citation_publication_date', content: slash(article.data.added) },
    { name: 'citation_online_date', content: slash(lastChanged(article)) },
    { name: 'citation_public_url', content: new URL(articlePath(article.id), site).href },
    { name: 'citation_language', content: 'en' },
  ];
}

/** A mailto: link with the page's address and title filled in. */
export function reportErrorHref(email: string, pageUrl: string, title: string): string {
  const subject = `Error on: ${title}`;
  const body = `Page: ${pageUrl}\n\nWhat is wrong:\n\nA source that shows it (if you have one):\n`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

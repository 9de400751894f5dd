/** schema.org structured data for article pages: a NewsArticle based on the original, and its breadcrumbs. */
import type { ArticleItem } from './types.ts';
import { articlePath, articlesPath, homePath } from './paths.ts';
import { SITE_NAME } from './site.ts';
import { lastChanged } from './feeds.ts';

/** The JSON-LD graph of one article page; `site` is the absolute site URL. */
export function articleJsonLd(article: ArticleItem, outletName: string, site: string): object[] {
  const url = new URL(articlePath(article.id), site).href;
  const { data } = article;
  const news: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: 'en',
    dateCreated: data.added,
    datePublished: data.added,
    dateModified: lastChanged(article),
    isBasedOn: {
      '@type': 'NewsArticle',
      url: data.source.url,
      publisher: { '@type': 'Organization', name: outletName },
      inLanguage: data.source.language,
      ...(data.source.title ? { headline: data.source.title } : {}),
      ...(data.source.published ? { datePublished: data.source.published } : {}),
    },
    publisher: { '@type': 'Organization', name: SITE_NAME },
    about: data.countries.map((code) => ({ '@type': 'Country', identifier: code })),
  };
  const crumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: new URL(homePath(), site).href },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: new URL(articlesPath(), site).href },
      { '@type': 'ListItem', position: 3, name: data.title, item: url },
    ],
  };
  return [news, crumbs];
}

/** Serialises JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element. */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

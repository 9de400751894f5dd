/**
 * How an article page states what is known of its date (issue 25): a worked-out date shows how it was worked out, a
 * date printed in another calendar shows as printed, and an undated report shows its lower bound.
 */
import { describe, expect, inject, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { articlePath } from '../../src/lib/paths.ts';
import { formatPartialDate, localePath, translate } from '../../src/i18n/index.ts';
import { attr, byTag, loadContent, parseHtml, textOf, type Element } from './support.ts';

const siteDir = inject('siteDir');

/** The source block's definition list as label → text. */
async function sourceFacts(path: string): Promise<Map<string, { text: string; lang: string | undefined }>> {
  const doc = parseHtml(await readPage(siteDir, path));
  const aside = byTag(doc, 'aside').find((a) => /source-block/.test(attr(a, 'class') ?? ''));
  if (!aside) throw new Error(`${path} has no source block`);
  const facts = new Map<string, { text: string; lang: string | undefined }>();
  const [list] = byTag(aside, 'dl');
  let label: string | undefined;
  for (const el of list ? list.childNodes.filter((n): n is Element => 'tagName' in n) : []) {
    if (el.tagName === 'dt') label = textOf(el).trim();
    else if (el.tagName === 'dd' && label !== undefined) {
      facts.set(label, { text: textOf(el).replace(/\s+/g, ' ').trim(), lang: attr(el, 'lang') });
    }
  }
  return facts;
}

describe('what an article page says of its date', () => {
  test('a date worked out from the page shows how, in English on a localized page', async () => {
    const { articles } = await loadContent();
    const inferred = articles.filter((a) => a.data.source.date_basis);
    expect(inferred.length).toBeGreaterThan(0);
    const article = inferred[0]!;
    const basis = article.data.source.date_basis ?? '';
    const en = await sourceFacts(articlePath(article.id));
    expect(en.get(translate('en', 'article.source.published'))?.text).toBe(
      formatPartialDate('en', article.data.source.published),
    );
    expect(en.get(translate('en', 'article.source.dateBasis'))).toEqual({ text: basis, lang: undefined });
    const ar = await sourceFacts(localePath('ar', articlePath(article.id)));
    expect(ar.get(translate('ar', 'article.source.dateBasis'))).toEqual({ text: basis, lang: 'en' });
  });

  test('an undated report says its date is unknown and gives its lower bound', async () => {
    const { articles } = await loadContent();
    const bounded = articles.find((a) => !a.data.source.published && a.data.source.not_before);
    if (!bounded?.data.source.not_before) throw new Error('the content has no bounded undated article');
    const facts = await sourceFacts(articlePath(bounded.id));
    const bound = translate('en', 'article.source.notBefore', {
      date: formatPartialDate('en', bounded.data.source.not_before),
    });
    expect(facts.get(translate('en', 'article.source.published'))?.text).toBe(
      `${translate('en', 'date.unknown')} (${bound})`,
    );
  });
});

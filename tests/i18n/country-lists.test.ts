import { describe, expect, test } from 'vitest';
import { countryListText } from '../../src/i18n/country-lists.ts';
import { plural, translate } from '../../src/i18n/index.ts';

describe('countryListText', () => {
  test('titles, introduces and describes a first page with its count and no page suffix', () => {
    const text = countryListText('en', 'countrySources', 'NP', { currentPage: 1, lastPage: 2, total: 51 });
    expect(text.name).toBe('Nepal');
    expect(text.title).toBe('Outlets that reported on Nepal');
    expect(text.suffix).toBe('');
    expect(text.intro).toEqual(['Every outlet with a report about ', ', most reports first: 51 outlets.']);
    expect(text.description).toBe('Every outlet with a report about Nepal nationals, most reports first: 51 outlets.');
  });

  test('adds the page suffix to the count in the intro, not to the description', () => {
    const text = countryListText('en', 'countryStories', 'IN', { currentPage: 2, lastPage: 3, total: 120 });
    expect(text.suffix).toBe(' (page 2 of 3)');
    expect(text.intro[1]).toBe(', newest first: 120 stories (page 2 of 3).');
    expect(text.description).toBe('Every story with a report about India nationals, newest first: 120 stories.');
  });

  test("counts each list's own rows, in the page's language", () => {
    const text = countryListText('ne', 'countryFigures', 'NP', { currentPage: 1, lastPage: 1, total: 1 });
    const count = plural('ne', 'count.figures', 1);
    expect(text.title).toBe(translate('ne', 'countryFigures.title', { name: text.name }));
    expect(text.description).toBe(translate('ne', 'countryFigures.description', { name: text.name, figures: count }));
  });
});

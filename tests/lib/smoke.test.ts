import { test, expect } from 'vitest';
import { makeArticle } from '../helpers/factories.ts';
import * as routes from '../../src/lib/routes.ts';
import { buildMap } from '../../src/lib/map.ts';
test('smoke', () => {
  const a = makeArticle({ countries: ['IQ'], source: { published: undefined } });
  console.log(JSON.stringify(a), Object.keys(routes), buildMap(new Map([['IQ', 1]])).missing);
  expect(a.data.source.published).toBeUndefined();
});

/** The open data's own metadata: a Frictionless Data Package naming every data file, its format and its licence. */
import { CONTENT_LICENSE, SITE_DESCRIPTION, SITE_NAME } from './site.ts';

/** The data files described, with what each holds. */
export const DATA_FILES = [
  { path: 'articles.json', format: 'json', title: "Every published entry's metadata" },
  {
    path: 'figures.json',
    format: 'json',
    title: 'The figures ledger: every figure, with its claimant, date and basis',
  },
  { path: 'figures.csv', format: 'csv', title: 'The figures ledger as CSV' },
  { path: 'key-figures.json', format: 'json', title: 'Key figures per country, and the global claims' },
] as const;

/** `/data/datapackage.json`: the Data Package descriptor, with absolute paths on `site` and the day it was built. */
export function dataPackage(site: string, built: string) {
  const license = { name: CONTENT_LICENSE.spdx, path: CONTENT_LICENSE.url, title: CONTENT_LICENSE.name };
  return {
    name: 'foreign-recruits-monitor',
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    homepage: new URL('/', site).href,
    created: built,
    licenses: [license],
    sources: [{ title: 'The original reports linked from each entry (source_url); they belong to their publishers' }],
    resources: DATA_FILES.map((file) => ({
      name: file.path.replace(/\.\w+$/, '').concat(file.format === 'csv' ? '-csv' : ''),
      path: new URL(`/data/${file.path}`, site).href,
      format: file.format,
      mediatype: file.format === 'csv' ? 'text/csv' : 'application/json',
      title: file.title,
      licenses: [license],
    })),
  };
}

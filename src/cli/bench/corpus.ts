/** Generates a synthetic content folder of N articles from the real outlets, topics, stories and countries. */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readContent } from '../../content-files/index.ts';
import { BASES, COUNTRY_CODES, MEASURES, SIDES, SPANS } from '../../schema/vocab.ts';
import { countryName } from '../../lib/names.ts';
import { createRandom, type Random } from './random.ts';
import { body, figureText, headline, storyText, summary } from './words.ts';

/** The real vocabularies a corpus draws from. */
export interface Vocabulary {
  outlets: { id: string; host: string; language: string }[];
  topics: string[];
  stories: string[];
  /** Country codes, and weights favouring the ones real articles use. */
  countries: string[];
  weights: number[];
}

/** What a generated corpus holds. */
export interface CorpusInfo {
  dir: string;
  articles: number;
  stories: number;
  figures: number;
  undated: number;
}

/** Reads ids and country usage from a real content folder (which must be valid: it is the real one). */
export async function readVocabulary(content: string): Promise<Vocabulary> {
  const read = await readContent(content);
  const broken = read.problems.find((p) => p.severity === 'error');
  if (broken) throw new Error(`unreadable content: ${broken.file}:${broken.line}: ${broken.message}`);
  const outlets = read.outlets.map(({ id, raw }) => {
    const data = raw as { homepage?: string; languages: string[] };
    const host = data.homepage ? new URL(data.homepage).hostname : `${id}.example.org`;
    return { id, host, language: data.languages[0] ?? 'en' };
  });
  const topics = (read.topics?.entries ?? []).map((t) => t.id);
  const stories = read.stories.map((s) => s.id).sort();
  const used = new Map<string, number>();
  for (const { frontmatter } of read.articles) {
    const countries = (frontmatter?.raw as { countries?: unknown } | null | undefined)?.countries;
    const codes = Array.isArray(countries) ? (countries as string[]) : [];
    for (const code of codes) used.set(code, (used.get(code) ?? 0) + 1);
  }
  // 85% of the weight goes to codes real articles use (by frequency), 15% spread over every other code.
  const all = [...COUNTRY_CODES].sort();
  const usedTotal = [...used.values()].reduce((s, n) => s + n, 0) || 1;
  const rest = all.filter((c) => !used.has(c));
  const weights = all.map((c) =>
    used.has(c) ? (0.85 * (used.get(c) ?? 0)) / usedTotal : 0.15 / Math.max(1, rest.length),
  );
  return { outlets, topics, stories, countries: all, weights };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A partial date between 2022 and 2025 (never in the future) at a random precision; undefined for about 5%. */
function publishedDate(r: Random): string | undefined {
  const p = r.next();
  if (p < 0.05) return undefined;
  const year = r.int(2022, 2025);
  if (p < 0.1) return String(year);
  const month = r.int(1, 12);
  if (p < 0.3) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(r.int(1, 28))}`;
}

const q = (s: string): string => JSON.stringify(s);

/** One figure's YAML lines. */
function figureYaml(r: Random, countries: string[]): string {
  const measure = r.pick(MEASURES);
  const { what, claimant, unit } = figureText(r, measure);
  const lines = [`  - measure: ${measure}`, `    what: ${q(what)}`, `    claimant: ${q(claimant)}`];
  lines.push(`    basis: ${r.pick(BASES)}`, `    span: ${r.pick(SPANS)}`, `    side: ${r.pick(SIDES)}`);
  if (r.chance(0.25)) {
    const min = r.int(1, 500);
    lines.push(`    min: ${min}`, `    max: ${min + r.int(0, 2000)}`);
  } else lines.push(`    value: ${r.int(1, 5000)}`);
  if (unit) lines.push(`    unit: ${q(unit)}`);
  if (countries.length > 0 && r.chance(0.7)) lines.push(`    country: ${r.pick(countries)}`);
  const asOf = publishedDate(r);
  if (asOf) lines.push(`    as_of: ${q(asOf)}`);
  return lines.join('\n');
}

/** Story membership: ~20% of articles, in groups of 2 to 6, real stories first, then synthetic ones. */
function assignStories(
  r: Random,
  n: number,
  real: string[],
): { byArticle: (string | undefined)[]; synthetic: string[] } {
  const byArticle: (string | undefined)[] = Array.from({ length: n }, () => undefined);
  const members = r.sample(
    Array.from({ length: n }, (_, i) => i),
    Math.round(n * 0.2),
  );
  const synthetic: string[] = [];
  let cursor = 0;
  let k = 0;
  while (members.length - cursor >= 2) {
    const size = Math.min(members.length - cursor, r.int(2, 6));
    const left = members.length - cursor - size;
    const take = left === 1 ? size + 1 : size;
    let id = real[k];
    if (id === undefined) synthetic.push((id = `bench-story-${k - real.length + 1}`));
    for (const i of members.slice(cursor, cursor + take)) byArticle[i] = id;
    cursor += take;
    k++;
  }
  return { byArticle, synthetic };
}

/** One generated article: its path under `articles/` ("<yyyy>/<slug>.md" or "undated/…"), text and figure count. */
export interface GeneratedArticle {
  path: string;
  text: string;
  figures: number;
}

/** Generates article number `k` (1-based, which makes its slug and URL unique), in `story` if given. */
export function generateArticle(r: Random, vocab: Vocabulary, k: number, story?: string): GeneratedArticle {
  const outlet = r.pick(vocab.outlets);
  const countries = r.chance(0.03)
    ? []
    : [...new Set(Array.from({ length: r.int(1, 3) }, () => r.weighted(vocab.countries, vocab.weights)))];
  const place = countries.length ? countries.map((c) => countryName(c)).join(' and ') : 'several countries';
  const title = headline(r, place);
  const published = publishedDate(r);
  const folder = published?.slice(0, 4) ?? 'undated';
  const slug = `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '')}-${k}`;
  const url = `https://${outlet.host}/bench/${slug}`;
  const lines = [
    '---',
    `title: ${q(title)}`,
    `summary: ${q(summary(r, place))}`,
    'source:',
    `  outlet: ${outlet.id}`,
    `  url: ${q(url)}`,
  ];
  if (r.chance(0.6)) lines.push(`  title: ${q(headline(r, place))}`);
  if (published) lines.push(`  published: ${q(published)}`);
  lines.push(
    `  language: ${outlet.language}`,
    `countries: [${countries.join(', ')}]`,
    `topics: [${r.sample(vocab.topics, r.int(1, 3)).join(', ')}]`,
  );
  if (story) lines.push(`story: ${story}`);
  let figures = 0;
  if (r.chance(0.3)) {
    figures = r.int(1, 4);
    lines.push('figures:', ...Array.from({ length: figures }, () => figureYaml(r, countries)));
  }
  // Dates are drawn from past years only, so the corpus stays valid whatever today is (the validator refuses the
  // future).
  lines.push(`added: "${r.int(2025, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}"`, '---', '', body(r, url), '');
  return { path: `${folder}/${slug}.md`, text: lines.join('\n'), figures };
}

/** Writes `n` articles plus copies of the vocabularies into `dir` (which must not exist or be empty). */
export async function generateCorpus(
  content: string,
  dir: string,
  n: number,
  vocab: Vocabulary,
  seed = 42,
): Promise<CorpusInfo> {
  const r = createRandom(seed + n);
  await mkdir(join(dir, 'articles'), { recursive: true });
  await cp(join(content, 'outlets'), join(dir, 'outlets'), { recursive: true });
  await cp(join(content, 'stories'), join(dir, 'stories'), { recursive: true });
  await cp(join(content, 'topics.yaml'), join(dir, 'topics.yaml'));
  const { byArticle, synthetic } = assignStories(r, n, vocab.stories);
  for (const id of synthetic) {
    const { title, summary: text } = storyText(r, countryName(r.weighted(vocab.countries, vocab.weights)));
    await writeFile(
      join(dir, 'stories', `${id}.yaml`),
      `title: ${q(title)}\ndate: ${q(publishedDate(r) ?? '2024')}\nsummary: ${q(text)}\n`,
    );
  }
  const files: [string, string][] = [];
  let figures = 0;
  let undated = 0;
  const folders = new Set<string>();
  for (let i = 0; i < n; i++) {
    const article = generateArticle(r, vocab, i + 1, byArticle[i]);
    figures += article.figures;
    if (article.path.startsWith('undated/')) undated++;
    folders.add(article.path.split('/')[0] as string);
    files.push([article.path, article.text]);
  }
  for (const folder of folders) await mkdir(join(dir, 'articles', folder), { recursive: true });
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(files.slice(i, i + 200).map(([path, text]) => writeFile(join(dir, 'articles', path), text)));
  }
  return { dir, articles: n, stories: vocab.stories.length + synthetic.length, figures, undated };
}

/**
 * Writes one more article into the corpus of `n` articles in `dir` (number n + 1, so its slug and URL are new, in no
 * story) and returns its file, for the rebuild that follows a new article.
 */
export async function addArticle(dir: string, n: number, vocab: Vocabulary, seed = 42): Promise<string> {
  const article = generateArticle(createRandom(seed + n + 1), vocab, n + 1);
  const file = join(dir, 'articles', article.path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, article.text, { flag: 'wx' });
  return file;
}

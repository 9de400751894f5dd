/** Plausible news prose for synthetic articles: titles, summaries and bodies made of the subject's words. */
import type { Random } from './random.ts';

const SUBJECTS = [
  'officials',
  'families',
  'recruiters',
  'investigators',
  'lawmakers',
  'prosecutors',
  'relatives',
  'activists',
  'diplomats',
  'researchers',
  'journalists',
  'former soldiers',
  'labour agents',
  'police',
  'the ministry',
  'the embassy',
];
const VERBS = [
  'say',
  'report',
  'confirm',
  'deny',
  'describe',
  'estimate',
  'investigate',
  'warn about',
  'question',
  'document',
  'reveal',
  'dispute',
  'track',
  'publish',
];
const OBJECTS = [
  'recruitment of foreign nationals',
  'job offers abroad',
  'military contracts',
  'missing recruits',
  'payments promised to recruits',
  'deaths at the front',
  'trafficking networks',
  'travel bans',
  'returned fighters',
  'prisoners of war',
  'online advertisements',
  'citizenship offers',
  'labour migrants',
  'court cases',
  'repatriation of bodies',
];
const WORDS = [
  'the',
  'a',
  'of',
  'to',
  'in',
  'and',
  'with',
  'from',
  'for',
  'after',
  'before',
  'during',
  'about',
  'against',
  'near',
  'since',
  'government',
  'ministry',
  'embassy',
  'contract',
  'army',
  'front',
  'unit',
  'recruit',
  'recruiter',
  'agent',
  'agency',
  'visa',
  'passport',
  'worker',
  'student',
  'migrant',
  'family',
  'mother',
  'brother',
  'village',
  'city',
  'region',
  'border',
  'airport',
  'camp',
  'training',
  'salary',
  'bonus',
  'payment',
  'promise',
  'offer',
  'job',
  'factory',
  'construction',
  'security',
  'guard',
  'driver',
  'cook',
  'interpreter',
  'statement',
  'report',
  'investigation',
  'interview',
  'document',
  'video',
  'message',
  'phone',
  'call',
  'letter',
  'court',
  'sentence',
  'officials',
  'police',
  'prosecutors',
  'lawmakers',
  'parliament',
  'president',
  'minister',
  'spokesperson',
  'lawyer',
  'activist',
  'said',
  'told',
  'reported',
  'confirmed',
  'denied',
  'added',
  'described',
  'estimated',
  'signed',
  'arrived',
  'returned',
  'left',
  'sent',
  'killed',
  'wounded',
  'captured',
  'missing',
  'detained',
  'convicted',
  'released',
  'deployed',
  'trained',
  'promised',
  'paid',
  'lured',
  'several',
  'dozens',
  'hundreds',
  'many',
  'some',
  'most',
  'few',
  'other',
  'new',
  'former',
  'local',
  'foreign',
  'military',
  'civilian',
  'months',
  'weeks',
  'days',
  'year',
  'spring',
  'summer',
  'autumn',
  'winter',
  'later',
  'earlier',
  'recently',
  'again',
  'still',
  'also',
  'was',
  'were',
  'had',
  'has',
  'have',
  'is',
  'are',
  'would',
  'could',
  'not',
  'only',
  'more',
  'than',
  'that',
  'which',
  'who',
  'their',
];
const CLAIMANTS = [
  'Ministry of Foreign Affairs',
  'the national police',
  'an opposition lawmaker',
  'a human-rights group',
  'the embassy in Moscow',
  "Ukraine's military intelligence",
  'a parliamentary committee',
  "the families' association",
  'an independent researcher',
  'the defence ministry',
  'a regional governor',
  'the prosecutor general',
];
const UNITS = ['USD per month', 'USD', 'years', 'percent', 'roubles'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A headline of at most 160 characters. */
export function headline(r: Random, place: string): string {
  return cap(`${r.pick(SUBJECTS)} in ${place} ${r.pick(VERBS)} ${r.pick(OBJECTS)}`).slice(0, 150);
}

/** One sentence of `min` to `max` words. */
export function sentence(r: Random, min = 8, max = 20): string {
  const n = r.int(min, max);
  const words = Array.from({ length: n }, () => r.pick(WORDS));
  return `${cap(words.join(' '))}.`;
}

/** A summary of at most 300 characters. */
export function summary(r: Random, place: string): string {
  const text =
    `${cap(r.pick(SUBJECTS))} ${r.pick(VERBS)} ${r.pick(OBJECTS)} involving people from ${place}. ` +
    sentence(r, 8, 14);
  return text.length <= 300 ? text : `${text.slice(0, 296).trimEnd()}…`;
}

/** A Markdown body of 300 to 600 words in paragraphs, with an occasional emphasised phrase or link. */
export function body(r: Random, url: string): string {
  const target = r.int(300, 600);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const sentences: string[] = [];
    const count = r.int(3, 6);
    for (let i = 0; i < count && words < target; i++) {
      const s = sentence(r, 8, Math.min(24, Math.max(8, target - words)));
      words += s.split(' ').length;
      sentences.push(s);
    }
    paragraphs.push(sentences.join(' '));
  }
  if (r.chance(0.15))
    paragraphs.push(`The full report is [on the outlet's site](${url}), where *further details* were given.`);
  return paragraphs.join('\n\n');
}

/** Short text for a figure: what it counts, who claimed it, an optional unit. */
export function figureText(r: Random, measure: string): { what: string; claimant: string; unit: string | undefined } {
  const unit =
    measure === 'payment'
      ? r.pick(UNITS.slice(0, 2))
      : measure === 'sentence'
        ? 'years'
        : measure === 'other'
          ? r.pick(UNITS)
          : undefined;
  return {
    what:
      `${cap(measure)} ${r.pick(['recruits', 'nationals', 'men', 'workers', 'people'])} ` +
      `${r.pick(['reported', 'counted', 'estimated', 'confirmed'])} ` +
      `by ${r.pick(['officials', 'families', 'researchers', 'the press'])}`,
    claimant: r.pick(CLAIMANTS),
    unit,
  };
}

/** A story's title and summary. */
export function storyText(r: Random, place: string): { title: string; summary: string } {
  return { title: headline(r, place), summary: `${sentence(r, 12, 20)} ${sentence(r, 12, 20)}` };
}

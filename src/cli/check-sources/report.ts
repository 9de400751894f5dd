/** Turns what a URL answered into the line an editor acts on: dead, moved, redirected, refused, unreachable. */
import { STATUS_CODES } from 'node:http';
import { normaliseUrl } from '../../lib/urls.ts';
import type { Outcome } from './probe.ts';

/** A finding about one URL: `dead` ones make the run fail. */
export interface Finding {
  severity: 'dead' | 'moved' | 'note';
  message: string;
}

const status = (code: number) => `${code} ${STATUS_CODES[code] ?? ''}`.trim();
const tries = (n: number) => (n === 1 ? '1 try' : `${n} tries`);

/** What to report about one URL's outcome; undefined when it answered 200 at its own address. */
export function describeOutcome(url: string, outcome: Outcome, timeoutS: number): Finding | undefined {
  if (outcome.kind !== 'answered') {
    const why = outcome.kind === 'timeout' ? `no answer within ${timeoutS} s` : `could not connect: ${outcome.reason}`;
    return { severity: 'dead', message: `${why} (${tries(outcome.tries)})` };
  }
  const first = outcome.hops[0];
  const last = outcome.hops.at(-1);
  if (!first || !last) return undefined;
  const via = outcome.hops.length > 1 ? ` (redirected to ${last.url})` : '';
  if (last.status === 404 || last.status === 410) {
    const gone = last.status === 410 ? ': the page was removed' : '';
    return {
      severity: 'dead',
      message: `dead link: ${status(last.status)}${gone}${via}; cite the archived copy or find the report again`,
    };
  }
  if (last.status >= 500)
    return { severity: 'dead', message: `server error: ${status(last.status)}${via} (${tries(outcome.tries)})` };
  if (last.status >= 400) {
    return {
      severity: 'note',
      message: `refused: ${status(last.status)}${via}; the site may block link checkers: check it in a browser`,
    };
  }
  if (outcome.hops.length === 1 || normaliseUrl(last.url) === normaliseUrl(url)) return undefined;
  if (new URL(last.url).pathname === '/' && new URL(url).pathname !== '/') {
    return {
      severity: 'moved',
      message: `moved: redirects to the home page ${last.url}; the report may have been removed`,
    };
  }
  if (first.status === 301 || first.status === 308) {
    return { severity: 'moved', message: `moved permanently (${first.status}) to ${last.url}: cite the new URL` };
  }
  return { severity: 'note', message: `redirects (${first.status}) to ${last.url}` };
}

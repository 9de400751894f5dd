/** Asks a server for one URL, following redirects by hand so each hop is seen, with a timeout and retries. */

/** One answer in a redirect chain. */
export interface Hop {
  url: string;
  status: number;
}

/** What became of one URL: the hops it answered with, or why it could not be fetched. */
export type Outcome =
  | { kind: 'answered'; hops: Hop[]; tries: number }
  | { kind: 'timeout' | 'unreachable'; reason: string; tries: number };

/** How hard to try: per-request timeout, retries after a timeout, network error, 429 or 5xx, and the pause between. */
export interface ProbeOptions {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  fetch?: typeof fetch;
}

const MAX_HOPS = 10;
const HEADERS = {
  'user-agent': 'foreign-recruits-monitor check-sources (link checker)',
  accept: 'text/html,*/*;q=0.8',
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Follows one URL's redirects; throws on a network error or timeout. */
async function follow(start: string, options: ProbeOptions): Promise<Hop[]> {
  const hops: Hop[] = [];
  let url = start;
  for (let i = 0; i < MAX_HOPS; i++) {
    const response = await (options.fetch ?? fetch)(url, {
      redirect: 'manual',
      headers: HEADERS,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    hops.push({ url, status: response.status });
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || !location) return hops;
    url = new URL(location, url).href;
  }
  return hops;
}

const retryable = (status: number) => status === 429 || status >= 500;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Fetches `url`, retrying transient failures up to `retries` times with a doubling pause. */
export async function probe(url: string, options: ProbeOptions): Promise<Outcome> {
  let outcome: Outcome = { kind: 'unreachable', reason: 'not tried', tries: 0 };
  for (let tries = 1; tries <= options.retries + 1; tries++) {
    try {
      const hops = await follow(url, options);
      outcome = { kind: 'answered', hops, tries };
      if (!retryable(hops.at(-1)?.status ?? 0)) return outcome;
    } catch (error) {
      const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
      outcome = { kind: timedOut ? 'timeout' : 'unreachable', reason: describeError(error), tries };
    }
    if (tries <= options.retries) await pause(options.backoffMs * 2 ** (tries - 1));
  }
  return outcome;
}

/** The innermost cause of a fetch failure ("getaddrinfo ENOTFOUND example.invalid"), not undici's "fetch failed". */
function describeError(error: unknown): string {
  let cause: unknown = error;
  while (cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
  return cause instanceof Error ? cause.message : String(cause);
}

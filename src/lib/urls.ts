/** Source URLs as editors mean them: tracking parameters and fragments are not part of the address of a report. */
import normalizeUrl from 'normalize-url';

// Campaign tags (utm_*, Matomo, Piano/AT Internet, HubSpot, Mailchimp, Marketo) and click ids (Google, Microsoft,
// Meta, TikTok, X, LinkedIn, Yandex); normalize-url removes these (its own default list is utm_* alone).
/** Query parameters that only track who clicked where. */
export const TRACKING_PARAMETERS: readonly RegExp[] = [
  /^utm_\w+$/i,
  /^(?:fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|ysclid|twclid|ttclid|li_fat_id|igshid|igsh|srsltid)$/i,
  /^(?:mc_cid|mc_eid|mkt_tok|_hsenc|_hsmi|__hstc|__hssc|__hsfp|hsctatracking|vero_id|vero_conv|oly_anon_id)$/i,
  /^(?:oly_enc_id|rb_clickid|s_cid|wickedid|_ga|_gl|_openstat|ref_src|ref_url|cmpid|ocid|icid|ito|smid|fb_ref)$/i,
  /^(?:mtm|pk|piwik)_\w+$/i,
  /^at_(?:medium|campaign|custom\d*|link\w*|ptr_name|bbc_team|format|creation|send_date|emailtype|recipient_\w+)$/i,
];

/** True when a query parameter's name is a tracking parameter. */
export function isTrackingParameter(name: string): boolean {
  return TRACKING_PARAMETERS.some((pattern) => pattern.test(name));
}

/** The tracking parameters in a URL's query, by name, in order. */
export function trackingParametersOf(url: URL): string[] {
  return [...new Set([...url.searchParams.keys()].filter(isTrackingParameter))];
}

/** The URL without its tracking parameters and its fragment; every other part as it was. */
export function stripTracking(url: URL): URL {
  const clean = new URL(url.href);
  for (const name of trackingParametersOf(url)) clean.searchParams.delete(name);
  // URLSearchParams re-encodes the whole query when it changes; leave an untouched query exactly as written.
  if (trackingParametersOf(url).length === 0) clean.search = url.search;
  clean.hash = '';
  return clean;
}

// Scheme, host case, `www.`, trailing slashes, the fragment, tracking parameters and the order of the other
// parameters are ignored; the path and the other parameters are not.
/** The key two URLs of one report share, whatever the tracking and spelling around it. */
export function normaliseUrl(url: string): string {
  try {
    return normalizeUrl(url, {
      stripProtocol: true,
      stripHash: true,
      stripWWW: true,
      removeQueryParameters: [...TRACKING_PARAMETERS],
      removeTrailingSlash: true,
      removeSingleSlash: true,
      sortQueryParameters: true,
    });
  } catch {
    return url;
  }
}

/** Site-wide constants. */

/** The site's name. */
export const SITE_NAME = 'Foreign Recruits Monitor';

/** One-sentence description, used on the home page and in feeds. */
export const SITE_DESCRIPTION =
  'A curated index of published reporting on how Russia recruits foreign nationals into its military: who is recruited, from where, how, what becomes of them and how their governments respond.';


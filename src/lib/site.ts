/** Site-wide constants. */

/** The site's name. */
export const SITE_NAME = 'Foreign Recruits Monitor';

/** One-sentence description, used on the home page and in feeds. */
export const SITE_DESCRIPTION =
  'A curated index of published reporting on how Russia recruits foreign nationals into its military: ' +
  'who is recruited, from where, how, what becomes of them and how their governments respond.';

/** Where readers report an error: the one place to set it (see README, "Site configuration"). */
export const CONTACT_EMAIL = 'corrections@example.org';

/** The licence of our summaries and data; the code is under the MIT licence (LICENSE). */
export const CONTENT_LICENSE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

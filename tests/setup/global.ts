/** Nothing global yet: build and browser tests build the site themselves (see tests/helpers/site.ts). */
export default function setup(): void {}

// @ts-check
// The benchmark's reference: a bare Astro site over the same articles, with Astro's defaults.
// src/cli/bench/bare/build.ts builds it with the output and cache folders the benchmark gives it.
import { defineConfig } from 'astro/config';

export default defineConfig({});

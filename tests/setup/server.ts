/**
 * The browser project's one server: serves the shared build (tests/setup/site.ts, listed before this file) on
 * 127.0.0.1 at a free port. Tests read `inject('siteUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { serveDir } from '../../src/cli/shared/serve.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveDir(project.getProvidedContext().siteDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}

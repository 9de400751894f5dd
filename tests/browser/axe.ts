/** Running axe-core in a Playwright page and reporting its violations compactly. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Path of axe-core's browser bundle in node_modules. */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One violation: rule, impact and the offending nodes (selector and axe's summary). */
export interface Violation {
  rule: string;
  impact: string | null;
  nodes: string[];
}

/** Injects axe-core (the context needs `bypassCSP: true`: the site's CSP forbids injected scripts) and returns its violations (empty when the page passes). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact?: string | null;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
    }));
  });
}

/**
 * Nothing in src/ imports from tests/: the site and the tools (bench, audit) run from src/ alone, and what they share
 * with the tests (the static server, the browser launcher) lives in src/cli/shared/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const TESTS = join(ROOT, 'tests');
const CODE = /\.(ts|mts|js|mjs|astro)$/;
/** `from '…'` (imports and re-exports), `import '…'` and `import('…')`, over several lines too. */
const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"\n]+)['"]/g;

/** The specifiers in `source` that resolve, from `file`, into tests/. */
function importsFromTests(file: string, source: string): string[] {
  return [...source.matchAll(SPECIFIER)]
    .map((m) => m[1] ?? '')
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .filter((s) => `${resolve(dirname(file), s)}${sep}`.startsWith(`${TESTS}${sep}`));
}

describe('importsFromTests', () => {
  test('finds static, type, side-effect, dynamic and re-exported imports from tests/', () => {
    const file = join(SRC, 'cli', 'bench.ts');
    const source = [
      "import { serveDir } from '../../tests/helpers/serve.ts';",
      "import type { Browser } from '../../tests/helpers/browser.ts';",
      "import '../../tests/setup/site.ts';",
      "const { makeArticle } = await import('../../tests/helpers/factories.ts');",
      'export { listPages } from "../../tests/helpers/dist.ts";',
      'import {\n  copyValid,\n} from "../../tests";',
      "import { serveDir as fine } from './shared/serve.ts';",
      "import { z } from 'astro/zod';",
      "import { pageOf } from '../../tests-data/pages.ts';",
    ].join('\n');
    expect(importsFromTests(file, source)).toEqual([
      '../../tests/helpers/serve.ts',
      '../../tests/helpers/browser.ts',
      '../../tests/setup/site.ts',
      '../../tests/helpers/factories.ts',
      '../../tests/helpers/dist.ts',
      '../../tests',
    ]);
  });
});

describe('src/', () => {
  test('imports nothing from tests/', () => {
    // Files only: a folder can end like code too (Astro's `.astro/` of the benchmark's bare site, once built).
    const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && CODE.test(e.name))
      .map((e) => relative(SRC, join(e.parentPath, e.name)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => {
      const file = join(SRC, f);
      return importsFromTests(file, readFileSync(file, 'utf8')).map((s) => `${relative(ROOT, file)}: ${s}`);
    });
    expect(found, 'move what src/ needs from tests/ into src/ (tools: src/cli/shared/)').toEqual([]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A meta-test over ShopMate's own source (what ships): no way to turn a string into code or
 * markup. Page text is read as text; UI is rendered by React from data. This is why the
 * remaining addons-linter innerHTML warnings (react-dom's dangerouslySetInnerHTML support)
 * are unreachable from ShopMate.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SHIPPED = ['lib', 'components', 'entrypoints'];

function sourceFiles(): string[] {
  return SHIPPED.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|js|mjs|html)$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => path.join(dir, f)),
  );
}

const FORBIDDEN: [RegExp, string][] = [
  [/dangerouslySetInnerHTML/, 'React raw HTML'],
  [/\.(innerHTML|outerHTML)\s*=(?!=)/, 'assigning HTML'],
  [/\binsertAdjacentHTML\s*\(/, 'inserting HTML'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/\bcreateContextualFragment\s*\(/, 'parsing HTML into the page'],
  [/(^|[^.\w])eval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(|(^|[^.\w])Function\s*\(\s*['"`]/, 'the Function constructor'],
  [/\bset(Timeout|Interval)\s*\(\s*['"`]/, 'string timers (eval)'],
  [/\bimport\s*\(\s*['"`]https?:/, 'remote code'],
  [/<script[^>]+src\s*=\s*['"]https?:/i, 'remote script'],
];

describe('no string becomes code or markup in shipped code', () => {
  const files = sourceFiles();

  it('scans the shipped source', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(FORBIDDEN)('none uses %s (%s)', (pattern) => {
    const hits = files.flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter(({ text }) => !text.startsWith('//') && !text.startsWith('*') && pattern.test(text)),
    );
    expect(hits).toEqual([]);
  });
});

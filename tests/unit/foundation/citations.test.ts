import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Comments cite files in this repository only (issue 17): a citation of a file that is not here
 * (the team's shared DOMAIN notes, shared/fixtures/README.md) dangles for every later reader.
 * Every path a comment in lib/, components/ or entrypoints/ names must exist, and a cited
 * Markdown section (`docs/domain.md#lifecycle`) must be one of that file's headings.
 */

const ROOT = resolve(__dirname, '../../..');
const SCANNED = ['lib', 'components', 'entrypoints'];
const CODE = /\.(ts|tsx)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return CODE.test(name) || name.endsWith('.json') ? [path] : [];
  });
}

/** The comments of a source file (for JSON data files: the whole text, whose notes are strings). */
function comments(path: string, text: string): string[] {
  if (path.endsWith('.json')) return [text];
  return text.match(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g) ?? [];
}

/**
 * Paths into a repository, optionally with a section: lib/a/b.ts, ./x.ts, ../x.md#part, and the
 * outside folders once cited (shared/…). A console URL (sz.jd.com/index.html) is not a citation.
 */
const CITED =
  /(?<![\w./:-])(?:@\/|\.{1,2}\/|(?:lib|components|entrypoints|tests|docs|scripts|public|assets|shared|fixtures|seeds)\/)(?:[\w.-]+\/)*[\w.-]+\.(?:md|ts|tsx|json|mjs|js|html|css)(?:#[\w-]+)?/g;
/** The DOMAIN notes lived outside the repository: any "DOMAIN §n" or "DOMAIN.md" is a dangling citation. */
const OUTSIDE = /\bDOMAIN(?:\.md)?\b/;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

function resolveCitation(file: string, cited: string): string | undefined {
  const candidates = cited.startsWith('@/')
    ? [join(ROOT, cited.slice(2))]
    : cited.startsWith('.')
      ? [resolve(dirname(file), cited)]
      : [join(ROOT, cited), resolve(dirname(file), cited)];
  return candidates.find((path) => existsSync(path));
}

function danglingCitations(): string[] {
  const problems: string[] = [];
  for (const file of SCANNED.flatMap((dir) => files(join(ROOT, dir)))) {
    const where = relative(ROOT, file);
    for (const comment of comments(file, readFileSync(file, 'utf8'))) {
      if (OUTSIDE.test(comment)) problems.push(`${where}: cites DOMAIN notes outside the repo (cite docs/domain.md#…)`);
      for (const cited of comment.match(CITED) ?? []) {
        const [path, section] = cited.split('#') as [string, string | undefined];
        const found = resolveCitation(file, path);
        if (!found) {
          problems.push(`${where}: cites ${cited}, which is not in the repository`);
          continue;
        }
        if (section && found.endsWith('.md') && !anchors(readFileSync(found, 'utf8')).has(section)) {
          problems.push(`${where}: cites ${cited}, but ${path} has no heading "${section}"`);
        }
      }
    }
  }
  return problems;
}

describe('citations in comments', () => {
  it('every file a comment in lib/, components/ or entrypoints/ cites is in the repository', () => {
    expect(danglingCitations()).toEqual([]);
  });

  it('reads sections the way GitHub anchors them', () => {
    expect(slug('Price and conversion')).toBe('price-and-conversion');
    expect(anchors('## Daily report\n### Monthly sheet\n').has('monthly-sheet')).toBe(true);
  });

  it('catches a dangling citation', () => {
    expect('see shared/fixtures/README.md'.match(CITED)).toEqual(['shared/fixtures/README.md']);
    expect(resolveCitation(join(ROOT, 'lib/x.ts'), 'shared/fixtures/README.md')).toBeUndefined();
    expect(OUTSIDE.test('(DOMAIN §3)')).toBe(true);
  });
});

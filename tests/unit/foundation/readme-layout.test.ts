import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The README's layout section names every folder of lib/ and components/ (issue 17: it had left
 * out lib/model, lib/export and several components/ folders). A new folder gets its line there.
 */

const ROOT = resolve(__dirname, '../../..');
const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

function layoutBlock(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## How it is built'));
  const start = section.indexOf('```\n');
  return section.slice(start, section.indexOf('```\n', start + 4));
}

/** The folders listed under `parent/` in the block: indented lines `  name/`. */
function listedUnder(block: string, parent: string): Set<string> {
  const lines = block.split('\n');
  const from = lines.findIndex((l) => l.startsWith(`${parent}/`));
  const out = new Set<string>();
  for (const line of lines.slice(from + 1)) {
    if (/^\S/.test(line)) break;
    const m = /^ {2}([\w<>-]+)\//.exec(line);
    if (m) out.add(m[1]!);
  }
  return out;
}

describe('README layout', () => {
  it.each(['lib', 'components'])('lists every folder of %s/', (parent) => {
    const listed = listedUnder(layoutBlock(), parent);
    const missing = folders(parent).filter((f) => !listed.has(f));
    expect(missing).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/model/consoles';
import { CONSOLE_MATCHES, PLATFORM_FOLDERS, PLATFORMS } from '@/lib/platforms/registry';

/**
 * One console content script per platform (lib/platforms/<id>/content-script.ts, built by
 * wxt.config.ts as content-scripts/console-<id>.js): each runs on its own platform's hosts only,
 * and together they cover exactly the consoles, so a page loads one console's reader.
 */
const dir = path.resolve(import.meta.dirname, '../../../lib/platforms');
const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.ts')));

describe('console content scripts', () => {
  it('every platform folder has one, and every registry platform is a folder', () => {
    expect(folders.map((d) => d.name).sort()).toEqual(PLATFORMS.map((p) => p.id).sort());
    for (const d of folders) expect(existsSync(path.join(dir, d.name, 'content-script.ts')), d.name).toBe(true);
  });

  it.each(PLATFORMS.map((p) => [p.id, p] as const))('%s: runs from document_start on its own hosts only', async (id, platform) => {
    const script = (await import(`@/lib/platforms/${id}/content-script.ts`)).default as { matches: string[]; runAt: string; world?: string };
    expect(script.matches).toEqual([...platform.matches]);
    expect(script.runAt).toBe('document_start');
    expect(script.world).toBeUndefined(); // the isolated world: the page cannot reach it
  });

  it('together they cover exactly the consoles', () => {
    expect(PLATFORMS.flatMap((p) => p.matches).sort()).toEqual([...CONSOLE_MATCHES].sort());
  });
});

describe('adding a platform', () => {
  const roots = ['lib', 'components', 'entrypoints'].map((d) => path.resolve(import.meta.dirname, '../../..', d));
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(d, e.name)] : []));

  it('touches its folder and its id in PLATFORM_IDS only: the registry finds every folder, and nothing else imports one', () => {
    expect([...PLATFORM_FOLDERS].sort()).toEqual([...PLATFORM_IDS].sort());
    const ids = PLATFORM_IDS.join('|');
    const intoFolder = new RegExp(`from '[^']*platforms/(${ids})[/']`);
    const offenders = roots.flatMap(files).filter((file) => {
      const own = new RegExp(`[\\\\/]lib[\\\\/]platforms[\\\\/](${ids})[\\\\/]`).test(file);
      return !own && readFileSync(file, 'utf8').split('\n').some((line) => intoFolder.test(line));
    });
    expect(offenders).toEqual([]);
  });
});

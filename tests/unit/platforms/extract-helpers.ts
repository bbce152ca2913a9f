import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, expect } from 'vitest';
import { z } from 'zod';
import { normalizeLabel } from '@/lib/extract/labels';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import { ExtractionSchema } from '@/lib/model/schemas';
import { readerFor } from '@/lib/platforms/readers';
import { platformById } from '@/lib/platforms/registry';
import type { Extraction, ReadContext } from '@/lib/platforms/types';

/** Fixture-driven helpers for the platform extractor tests (helper A2's platforms). */
export const CONSOLE = path.resolve(import.meta.dirname, '../../fixtures/console');
export const TODAY = '2026-11-22';

export function fixtureJson(platform: PlatformId, file: string): unknown {
  return JSON.parse(readFileSync(path.join(CONSOLE, platform, 'api', file), 'utf8'));
}

export function ctxOf(platform: PlatformId, url: string, today = TODAY): ReadContext {
  const u = new URL(url);
  return { url: u, today, pageKind: (platformById(platform).detectPage(u) ?? 'dashboard') as PageKind };
}

/** Reads a response body with the platform's reader for that URL; the result must pass the message schema. */
export function readResponse(platform: PlatformId, url: string, body: unknown, today = TODAY): Extraction | undefined {
  const reader = readerFor(platform, new URL(url));
  expect(reader, url).toBeDefined();
  const out = reader!.read(body, { ...ctxOf(platform, url, today), url: new URL(url) });
  if (out) expect(ExtractionSchema.safeParse(out).error).toBeUndefined();
  return out;
}

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

/** A document from HTML (no scripts run: what a static page shows). */
export function documentOf(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

export const fixtureHtml = (platform: PlatformId, file: string) => readFileSync(path.join(CONSOLE, platform, file), 'utf8');

/** The platform's DOM reader on a page; the result must pass the message schema. */
export function readPage(platform: PlatformId, html: string, url: string, today = TODAY, pageKind?: PageKind): Extraction | undefined {
  const ctx = ctxOf(platform, url, today);
  const out = platformById(platform).readDom!(documentOf(html, url), pageKind ? { ...ctx, pageKind } : ctx);
  if (out) expect(ExtractionSchema.safeParse(out).error).toBeUndefined();
  return out;
}

export const dayOf = (out: Extraction | undefined, date: string) => out?.shopDays.find((d) => d.date === date)?.metrics;
export const itemOf = (out: Extraction | undefined, id: string) => out?.items.find((i) => i.itemId === id);

/**
 * A platform's label/column synonym table is data: every key is a ShopMate metric (or an item
 * column), every synonym is non-empty, survives label normalising, appears once per key, and
 * no synonym names two keys (the reader could not tell them apart).
 */
export function checkSynonymTable(table: Record<string, readonly string[]>, allowedKeys: readonly string[]) {
  const Table = z.partialRecord(z.enum(allowedKeys as [string, ...string[]]), z.array(z.string().trim().min(1).max(60)).min(1));
  expect(Table.safeParse(table).error).toBeUndefined();
  const owner = new Map<string, string>();
  for (const [key, synonyms] of Object.entries(table)) {
    const normalized = synonyms.map(normalizeLabel);
    expect(normalized.every(Boolean), key).toBe(true);
    expect(new Set(normalized).size, `${key} repeats a synonym`).toBe(normalized.length);
    for (const word of normalized) {
      expect(owner.get(word) ?? key, `"${word}" names both ${owner.get(word)} and ${key}`).toBe(key);
      owner.set(word, key);
    }
  }
}

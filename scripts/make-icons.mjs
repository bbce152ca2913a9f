#!/usr/bin/env node
/**
 * Renders assets/icon.svg to public/icon/<size>.png (the sizes the stores and browsers ask
 * for) with headless Chromium, so every size comes from the one vector source.
 * Run after editing the SVG: `node scripts/make-icons.mjs`; the PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
export const ICON_SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const outDir = path.join(ROOT, 'public/icon');
mkdirSync(outDir, { recursive: true });

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: install it or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const file = path.join(outDir, `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
} finally {
  await browser.close();
}

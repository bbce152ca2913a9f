/**
 * The demo seller console: real console URLs → fixture files under tests/fixtures/console/.
 * Shared by the e2e harness and `npm start`. Each feature keeps its own routes*.json there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../tests/fixtures/console');

export function loadRoutes() {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|\/)routes[^/]*\.json$/.test(f))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')).routes);
}

/** A trailing * matches any suffix (query strings of JSON endpoints). */
export function urlMatches(pattern, url) {
  if (pattern.endsWith('*')) return url.startsWith(pattern.slice(0, -1));
  return url === pattern || url.split('#')[0] === pattern;
}

function contentTypeOf(file) {
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.png')) return 'image/png';
  if (file.endsWith('.svg')) return 'image/svg+xml';
  return 'text/html; charset=utf-8';
}

/**
 * The demo console's "today" in the fixtures: the Chinese consoles' pages were captured on
 * 2026-11-22 (实时 cards dated that day, yesterday's figures 2026-11-21); Amazon's Business
 * Reports end on 06/14/2021, taken as yesterday. Tests keep these fixed dates.
 */
export const FIXTURE_TODAY = { iso: '2026-11-22', amazon: '2021-06-15' };

const utc = (y, m, d) => Date.UTC(y, m - 1, d);
const pad = (n) => String(n).padStart(2, '0');

/**
 * A fixture page as if read today (`npm start`): every date moves by the same number of days,
 * so 实时 cards are dated today and 昨日 figures yesterday; a time next to today's date becomes
 * a few minutes ago. ISO dates (2026-11-21, 2026/11/21) from the 2026 anchor, US dates
 * (06/14/2021) from Amazon's. Text only; pure.
 */
export function shiftFixtureDates(text, now = Date.now()) {
  const d = new Date(now);
  const today = utc(d.getFullYear(), d.getMonth() + 1, d.getDate());
  const [ay, am, ad] = FIXTURE_TODAY.iso.split('-').map(Number);
  const isoShift = today - utc(ay, am, ad);
  const [by, bm, bd] = FIXTURE_TODAY.amazon.split('-').map(Number);
  const usShift = today - utc(by, bm, bd);
  const earlier = new Date(now - 5 * 60_000);
  const time = `${pad(earlier.getHours())}:${pad(earlier.getMinutes())}`;
  return text
    .replace(/\b(20\d\d)([-/])(\d\d)\2(\d\d)(\s+\d\d:\d\d)?/g, (_, y, sep, m, dd, hm) => {
      const t = new Date(utc(+y, +m, +dd) + isoShift);
      const shifted = `${t.getUTCFullYear()}${sep}${pad(t.getUTCMonth() + 1)}${sep}${pad(t.getUTCDate())}`;
      // Today's reading time: a few minutes ago (a fixed 14:02 would be in the future this morning).
      return hm ? `${shifted}${t.getTime() === today && earlier.getDate() === d.getDate() ? hm.replace(/\d\d:\d\d/, time) : hm}` : shifted;
    })
    .replace(/\b(\d\d)\/(\d\d)\/(20\d\d)\b/g, (_, m, dd, y) => {
      const t = new Date(utc(+y, +m, +dd) + usShift);
      return `${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())}/${t.getUTCFullYear()}`;
    });
}

const isText = (type) => /^(text\/|application\/json)/.test(type);

/**
 * Serves the fixtures under their real URLs in a Playwright context, and aborts every other
 * request (recorded in the returned list): the demo never touches the network. With
 * `{ datedToday: true }` (npm start) the pages' dates are moved to today.
 */
export async function serveConsole(context, routes = loadRoutes(), options = {}) {
  const blocked = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const match = routes.find((r) => urlMatches(r.url, url));
    if (!match) {
      blocked.push(url);
      return route.abort('blockedbyclient');
    }
    const contentType = match.contentType ?? contentTypeOf(match.file);
    const body = readFileSync(path.join(FIXTURES, match.file));
    return route.fulfill({
      status: 200,
      contentType,
      body: options.datedToday && isText(contentType) ? shiftFixtureDates(body.toString('utf8')) : body,
    });
  });
  return blocked;
}

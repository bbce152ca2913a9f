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
 * Serves the fixtures under their real URLs in a Playwright context, and aborts every other
 * request (recorded in the returned list): the demo never touches the network.
 */
export async function serveConsole(context, routes = loadRoutes()) {
  const blocked = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const match = routes.find((r) => urlMatches(r.url, url));
    if (!match) {
      blocked.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({
      status: 200,
      contentType: match.contentType ?? contentTypeOf(match.file),
      body: readFileSync(path.join(FIXTURES, match.file)),
    });
  });
  return blocked;
}

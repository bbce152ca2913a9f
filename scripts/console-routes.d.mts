import type { BrowserContext } from 'playwright-core';

export interface ConsoleRoute {
  /** Real console URL; a trailing * matches any suffix. */
  url: string;
  /** File under tests/fixtures/console/. */
  file: string;
  contentType?: string;
}
export const FIXTURES: string;
export function loadRoutes(): ConsoleRoute[];
export function urlMatches(pattern: string, url: string): boolean;
export const FIXTURE_TODAY: { iso: string; amazon: string };
export function shiftFixtureDates(text: string, now?: number): string;
export function serveConsole(context: BrowserContext, routes?: ConsoleRoute[], options?: { datedToday?: boolean }): Promise<string[]>;

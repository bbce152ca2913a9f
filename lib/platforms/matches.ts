/**
 * Every platform's manifest match patterns, collected from lib/platforms/<id>/pages.ts without
 * importing the adapters: for the popup's site-access check (lib/permissions/console-access.ts),
 * which must stay small. Equal to registry.ts CONSOLE_MATCHES (tested).
 */
const modules = import.meta.glob<readonly string[]>('./*/pages.ts', { eager: true, import: 'matches' });

export const ALL_CONSOLE_MATCHES: string[] = Object.values(modules).flatMap((m) => [...m]);

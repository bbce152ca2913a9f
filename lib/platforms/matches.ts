/**
 * Every platform's manifest match patterns, collected from lib/platforms/<id>/pages.ts without
 * importing the adapters: for the page-world observer's entrypoint, which must stay tiny.
 * Equal to registry.ts CONSOLE_MATCHES (tested).
 */
const modules = import.meta.glob<readonly string[]>('./*/pages.ts', { eager: true, import: 'matches' });

export const PAGE_WORLD_MATCHES: string[] = Object.values(modules).flatMap((m) => [...m]);

/**
 * The console page's files loaded on demand (./chunks.ts), by name. Kept apart, without imports,
 * so the build (wxt.config.ts) can list them as web-accessible.
 */
export const CHUNK_FILES = { titleGuard: '/title-guard.js', overlay: '/overlay.js', taughtRules: '/taught-rules.js', guidance: '/guidance.js' } as const;

/** Each console's reader, imported by its loader on Chrome/Edge (./console-loader.ts). `id` is a platform id. */
export const readerFile = <Id extends string>(id: Id) => `/reader-${id}.js` as const;

/**
 * The console page's files loaded on demand (./chunks.ts), by name. Kept apart, without imports,
 * so the build (wxt.config.ts) can list them as web-accessible.
 */
export const CHUNK_FILES = { titleGuard: '/title-guard.js', overlay: '/overlay.js', taughtRules: '/taught-rules.js', guidance: '/guidance.js' } as const;

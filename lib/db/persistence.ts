/**
 * Asks the browser not to evict ShopMate's data under storage pressure. Only a page (not the
 * service worker) may ask, so the extension pages call this when they open.
 */
export async function requestPersistence(
  storageManager: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<'persisted' | 'refused' | 'unsupported'> {
  if (!storageManager?.persist) return 'unsupported';
  try {
    if (await storageManager.persisted()) return 'persisted';
    return (await storageManager.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unsupported';
  }
}

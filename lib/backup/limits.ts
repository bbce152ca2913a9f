/**
 * Size limits of a restore. A module of its own so the message contract can import them
 * without the row schemas.
 *  - MAX_BACKUP_CHARS: the backup file's JSON text (~330,000 rows at ~500 B/row, e.g. two
 *    years of a 450-item shop); bounded so validating and parsing stay within memory.
 *  - MAX_PACKED_CHARS: the gzip+base64 text sent to the background in one runtime message
 *    (Chromium caps a message at 64 MiB).
 */
export const MAX_BACKUP_CHARS = 160 * 1024 * 1024;
export const MAX_PACKED_CHARS = 48 * 1024 * 1024;

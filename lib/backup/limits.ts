/**
 * Largest backup text accepted. The file travels to the background in one runtime message
 * (Chromium caps messages at 64 MiB, and JSON escaping inflates a string by up to ~30 %).
 * A module of its own so the message contract can import it without the row schemas.
 */
export const MAX_BACKUP_CHARS = 40 * 1024 * 1024;

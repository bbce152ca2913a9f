import { MAX_BACKUP_CHARS } from './limits';

/**
 * How a backup file travels from the options page to the background: gzip, then base64 (a
 * runtime message carries JSON text only, at most 64 MiB in Chromium). A year of history for
 * a 200-item shop is ~36 MB of JSON but ~2 MB packed, so large shops can restore too. The
 * background unpacks as a stream and stops at MAX_BACKUP_CHARS: a "zip bomb" is refused
 * without ever being held in memory whole.
 */

export class BackupTransportError extends Error {
  constructor(
    readonly code: 'tooLarge' | 'notPacked',
    message: string,
  ) {
    super(message);
    this.name = 'BackupTransportError';
  }
}

export async function packBackupText(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return bytesToBase64(new Uint8Array(await new Response(stream).arrayBuffer()));
}

export async function unpackBackupText(packed: string, maxChars = MAX_BACKUP_CHARS): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(packed);
  } catch {
    throw new BackupTransportError('notPacked', 'not base64');
  }
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
    .pipeThrough(new TextDecoderStream())
    .getReader();
  const parts: string[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxChars) {
        await reader.cancel();
        throw new BackupTransportError('tooLarge', `more than ${Math.round(maxChars / 1024 / 1024)} MB unpacked`);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof BackupTransportError) throw error;
    throw new BackupTransportError('notPacked', `not gzip: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parts.join('');
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

import { describe, expect, it } from 'vitest';
import { BackupTransportError, packBackupText, unpackBackupText } from '@/lib/backup/transport';

describe('backup transport (gzip + base64 through one runtime message)', () => {
  it('round-trips any text, Chinese and emoji included, much smaller than the text', async () => {
    const text = JSON.stringify({ note: '本周方案：提升 DSR 👍🏽', rows: Array.from({ length: 5000 }, (_, i) => ({ uv: 12000 + i, date: '2026-11-22' })) });
    const packed = await packBackupText(text);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(packed.length).toBeLessThan(text.length / 5);
    expect(await unpackBackupText(packed)).toBe(text);
  });

  it('stops unpacking a "zip bomb" at the limit instead of filling memory', async () => {
    const bomb = await packBackupText('0'.repeat(4 * 1024 * 1024)); // 4 MB of zeros packs to a few KB
    expect(bomb.length).toBeLessThan(20_000);
    const error = await unpackBackupText(bomb, 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupTransportError);
    expect(error).toMatchObject({ code: 'tooLarge' });
  });

  it('refuses text that is not base64 or not gzip, with a code', async () => {
    await expect(unpackBackupText('{"format":"shopmate-backup"}')).rejects.toMatchObject({ code: 'notPacked' });
    await expect(unpackBackupText(btoa('plain text, not gzip'))).rejects.toMatchObject({ code: 'notPacked' });
    const packed = await packBackupText('x'.repeat(1000));
    await expect(unpackBackupText(packed.slice(0, packed.length / 2))).rejects.toMatchObject({ code: 'notPacked' });
  });
});

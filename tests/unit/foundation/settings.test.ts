import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/store';

describe('settings', () => {
  it('defaults are the thresholds of DOMAIN.md', () => {
    const t = DEFAULT_SETTINGS.thresholds;
    expect(t.heroMinUv).toBe(3000);
    expect(t.heroMinConversion).toBe(0.03);
    expect(t.heroWindowDays).toBe(7);
    expect(t.delistNoSaleDays).toBe(30);
    expect(t.ratingFloor).toBe(4.8);
    expect(t.titleMaxCharsChanged).toBe(3);
    expect(t.titleMaxEditsPerWindow).toBe(2);
    expect(t.titleEditWindowHours).toBe(24);
    expect(DEFAULT_SETTINGS.language).toBe('auto');
  });

  it('fills missing fields of older or partial settings with defaults', () => {
    const parsed = parseSettings({ thresholds: { heroMinUv: 5000 } });
    expect(parsed.ok && parsed.value.thresholds.heroMinUv).toBe(5000);
    expect(parsed.ok && parsed.value.thresholds.ratingFloor).toBe(4.8);
  });

  it('rejects out-of-range values with a reason that names the field', () => {
    const parsed = parseSettings({ thresholds: { heroMinConversion: 3 }, reminder: { time: '25:00' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/heroMinConversion/);
      expect(parsed.error).toMatch(/HH:MM/);
    }
  });

  it('saveSettings stores valid settings and refuses invalid ones without touching storage', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, language: 'en' });
    expect((await loadSettings()).language).toBe('en');
    await expect(saveSettings({ ...DEFAULT_SETTINGS, language: 'fr' })).rejects.toThrow(/language/);
    expect((await loadSettings()).language).toBe('en');
  });

  it('resets only the corrupt fields of stored settings, keeping the seller’s other choices', async () => {
    await fakeBrowser.storage.local.set({
      settings: { language: 'en', thresholds: { heroMinUv: 'lots', ratingFloor: 4.5 }, titleKeywords: ['留香', ''] },
    });
    const loaded = await loadSettings();
    expect(loaded.language).toBe('en');
    expect(loaded.thresholds.ratingFloor).toBe(4.5);
    expect(loaded.thresholds.heroMinUv).toBe(DEFAULT_SETTINGS.thresholds.heroMinUv);
    expect(loaded.titleKeywords).toEqual(['留香']);
  });
});

import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RATIO_THRESHOLD_KEYS, salvageSettings, SettingsSchema, ThresholdsSchema } from '@/lib/settings/schema';
import { loadSettings } from '@/lib/settings/store';

describe('thresholds', () => {
  it('the options page edits exactly the ratio thresholds as percentages (each accepts 0.5 and refuses 1.5)', () => {
    const ratios = Object.entries(ThresholdsSchema.shape)
      .filter(([, field]) => field.safeParse(0.5).success && !field.safeParse(1.5).success)
      .map(([key]) => key)
      .sort();
    expect([...RATIO_THRESHOLD_KEYS].sort()).toEqual(ratios);
  });

  it('settings stored before lifecycleNewItemWeeks and campaignAfterDrop existed read with their defaults', () => {
    const stored = { language: 'zh-CN', thresholds: { heroMinUv: 5000, tipUvDrop: 0.3 } };
    const parsed = SettingsSchema.parse(stored);
    expect(parsed.thresholds).toMatchObject({ heroMinUv: 5000, tipUvDrop: 0.3, lifecycleNewItemWeeks: 3, campaignAfterDrop: 0.2 });
  });

  it('settings stored by an older version load from storage with the new defaults, nothing reported as dropped', async () => {
    const stored = { language: 'en', thresholds: { heroMinUv: 5000, heroWindowDays: 14, lifecycleTrendChange: 0.25 }, snapshotRetentionDays: 30 };
    expect(salvageSettings(stored).dropped).toEqual([]);
    await fakeBrowser.storage.local.set({ settings: stored });
    const loaded = await loadSettings();
    expect(loaded.language).toBe('en');
    expect(loaded.snapshotRetentionDays).toBe(30);
    expect(loaded.thresholds).toMatchObject({ heroMinUv: 5000, heroWindowDays: 14, lifecycleTrendChange: 0.25, lifecycleNewItemWeeks: 3, campaignAfterDrop: 0.2 });
  });

  it('a bad value in a new field resets only that field', () => {
    const { value, dropped } = salvageSettings({ thresholds: { heroMinUv: 5000, lifecycleNewItemWeeks: 0, campaignAfterDrop: 0.35 } });
    expect(dropped).toEqual(['thresholds.lifecycleNewItemWeeks']);
    expect(value.thresholds).toMatchObject({ heroMinUv: 5000, lifecycleNewItemWeeks: 3, campaignAfterDrop: 0.35 });
  });
});

import { describe, expect, it } from 'vitest';
import { RATIO_THRESHOLD_KEYS, SettingsSchema, ThresholdsSchema } from '@/lib/settings/schema';

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
});

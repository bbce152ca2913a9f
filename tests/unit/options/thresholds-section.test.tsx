// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSettingsStore } from '@/components/app/settings-store';
import ThresholdsSection from '@/components/options/sections/ThresholdsSection';
import { CATALOGS, type MessageKey } from '@/lib/i18n';
import { DEFAULT_SETTINGS, ThresholdsSchema } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';

/**
 * The options page's thresholds as the seller edits them: ratios are typed as percentages
 * (15 for 15 %), counts as they are, and what is saved is what the rules read from settings.
 */
let unwatch: () => void = () => {};
beforeEach(() => {
  useSettingsStore.setState({ settings: DEFAULT_SETTINGS, loaded: true });
  unwatch = watchSettings((settings) => useSettingsStore.setState({ settings, loaded: true }));
});
afterEach(() => {
  unwatch();
  cleanup();
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('ThresholdsSection', () => {
  it('every threshold has its label in Chinese and English', () => {
    for (const key of Object.keys(ThresholdsSchema.shape)) {
      expect(CATALOGS['zh-CN'][`threshold.${key}` as MessageKey], key).toBeTruthy();
      expect(CATALOGS.en[`threshold.${key}` as MessageKey], key).toBeTruthy();
    }
  });

  it('the lifecycle trend change is typed as a percentage like the other ratios: 15 shown, 20 saved as 0.2', async () => {
    render(<ThresholdsSection />);
    const trend = field('生命周期：周环比变化判定 (%)');
    expect(trend.value).toBe('15');
    expect(field('活动复盘：活动后销量回落提醒 (%)').value).toBe('20');
    expect(field('诊断：访客数下降提醒 (%)').value).toBe('20');
    // Counts are not percentages.
    expect(field('生命周期：新品周数（上架在最近几周内算新生）').value).toBe('3');

    fireEvent.change(trend, { target: { value: '20' } });
    fireEvent.blur(trend);
    await waitFor(async () => expect((await loadSettings()).thresholds.lifecycleTrendChange).toBe(0.2));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '已保存');
  });

  it('a trend change over 100 % is refused with the reason and nothing is stored', async () => {
    render(<ThresholdsSection />);
    const trend = field('生命周期：周环比变化判定 (%)');
    fireEvent.change(trend, { target: { value: '150' } });
    fireEvent.blur(trend);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/lifecycleTrendChange/));
    expect((await loadSettings()).thresholds.lifecycleTrendChange).toBe(0.15);
  });
});

import type { CaptureInput } from '@/lib/db/capture-store';
import type { Extraction } from '@/lib/platforms/types';

export const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();

/** A 生意参谋 首页 read on 2026-11-22 at `hour`, for `platform`. */
export const read = (extraction: Partial<Extraction>, hour: number, platform: CaptureInput['platform'] = 'taobao'): CaptureInput => ({
  platform,
  currency: 'CNY',
  pageKind: 'dashboard',
  url: 'https://sycm.taobao.com/portal/home.htm',
  source: 'dom',
  capturedAt: at('2026-11-22', hour),
  extraction: { shopDays: [], items: [], ...extraction },
});

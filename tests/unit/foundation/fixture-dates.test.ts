import { describe, expect, it } from 'vitest';
import { shiftFixtureDates } from '../../../scripts/console-routes.mjs';

/** npm start serves the demo console as if read today (issue 14); the tests keep the fixed dates. */
describe('the demo console dated today', () => {
  const now = new Date(2026, 11, 6, 9, 30).getTime(); // 2026-12-06 09:30 local

  it("moves the fixtures' today to today and keeps the days between dates", () => {
    expect(shiftFixtureDates('更新时间 2026-11-22 14:02 · 统计时间 2026-11-21 · 2026/11/20', now)).toBe('更新时间 2026-12-06 09:25 · 统计时间 2026-12-05 · 2026/12/04');
  });

  it("moves Amazon's report days so the last one is yesterday", () => {
    expect(shiftFixtureDates('Dates: 06/11/2021 - 06/14/2021', now)).toBe('Dates: 12/02/2026 - 12/05/2026');
  });

  it('leaves ids and other numbers alone, and the time of days other than today', () => {
    expect(shiftFixtureDates('商品ID 652301122834 · 2026-11-21 23:59', now)).toBe('商品ID 652301122834 · 2026-12-05 23:59');
  });
});

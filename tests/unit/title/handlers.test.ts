import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { ShopMateDB } from '@/lib/db/schema';
import { CHANNEL } from '@/lib/messaging/protocol';
import { detect } from '@/lib/platforms/registry';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';

const EXT = 'shopmate-id';
const EDIT_URL = 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=652301122834';
const tab = (id: number) => ({ id: EXT, url: EDIT_URL, tab: { id } as never, frameId: 0 });
const H = 3_600_000;
const NOW = new Date('2026-03-10T14:30:00+08:00').getTime();

let db: ShopMateDB;
let route: ReturnType<typeof createRouter>;
beforeEach(() => {
  db = new ShopMateDB(`title-${Math.random()}`);
  route = createRouter(createHandlers(db), {
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    isConsoleUrl: (url) => detect(url) !== undefined,
  });
});
afterEach(async () => {
  await db.delete();
});

const send = (type: string, payload: unknown, sender = tab(1)) => route({ channel: CHANNEL, type, payload }, sender);
const edit = (at: number, newTitle: string, extra: object = {}) => ({
  platform: 'taobao',
  itemId: '652301122834',
  at,
  oldTitle: '北欧实木床头柜',
  newTitle,
  fields: ['title'],
  ...extra,
});

describe('titleEdit messages through the real router', () => {
  it('records edits from several tabs into one rolling count', async () => {
    expect(await send('titleEdit.record', edit(NOW - 3 * H, '北欧实木床头柜 简约'), tab(1))).toEqual({
      ok: true,
      value: { id: 1, merged: false, editsInWindow: 1, windowHours: 24 },
    });
    const second = await send('titleEdit.record', edit(NOW, '北欧实木床头柜 简约小户型'), tab(2));
    expect(second).toMatchObject({ ok: true, value: { editsInWindow: 2, merged: false } });
    expect(await db.titleEdits.count()).toBe(2);
    expect((await db.titleEdits.toArray())[0]).toMatchObject({ shopKey: 'taobao:default', platform: 'taobao' });
  });

  it('one save reported twice is merged, not counted twice', async () => {
    await send('titleEdit.record', edit(NOW, '北欧实木床头柜 简约'));
    const again = await send('titleEdit.record', edit(NOW + 2000, '北欧实木床头柜 简约', { fields: ['price'] }));
    expect(again).toMatchObject({ ok: true, value: { id: 1, merged: true, editsInWindow: 1 } });
    expect((await db.titleEdits.get(1))!.fields).toEqual(['title', 'price']);
  });

  it('the window comes from settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, titleEditWindowHours: 2 } });
    await send('titleEdit.record', edit(NOW - 3 * H, 'a'));
    expect(await send('titleEdit.record', edit(NOW, 'b'))).toMatchObject({ value: { editsInWindow: 1, windowHours: 2 } });
  });

  it('recent: the item’s edits newest first, other items and platforms apart, with the title settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, titleKeywords: ['简约'], extraBannedWords: ['某某'] });
    await send('titleEdit.record', edit(NOW - 5 * H, 'a'));
    await send('titleEdit.record', edit(NOW - H, 'b', { shopId: '57300001' }));
    await send('titleEdit.record', edit(NOW, 'x', { itemId: 'other' }));
    const reply = await send('titleEdit.recent', { platform: 'taobao', itemId: '652301122834' });
    expect(reply.ok).toBe(true);
    const value = (reply as { value: { edits: { newTitle: string }[]; settings: Record<string, unknown> } }).value;
    expect(value.edits.map((e) => e.newTitle)).toEqual(['b', 'a']);
    expect(value.settings).toEqual({
      language: 'zh-CN',
      titleKeywords: ['简约'],
      extraBannedWords: ['某某'],
      thresholds: DEFAULT_SETTINGS.thresholds,
    });
    expect(await send('titleEdit.recent', { platform: 'jd', itemId: '652301122834' })).toMatchObject({ value: { edits: [] } });
  });

  it('rejects malformed edits with a reason and writes nothing', async () => {
    const noFields = await send('titleEdit.record', edit(NOW, 'a', { fields: [] }));
    expect(noFields).toMatchObject({ ok: false });
    expect((noFields as { error: string }).error).toMatch(/titleEdit.record/);
    expect(await send('titleEdit.record', edit(NOW, 'a'), { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` } as never)).toMatchObject({
      ok: false,
      error: 'titleEdit.record may not be sent from ui',
    });
    expect(await db.titleEdits.count()).toBe(0);
  });
});

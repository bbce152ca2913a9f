// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { guardTranslator } from '@/lib/content/title-guard/i18n';
import { changedFields, isSaveEvent, snapshotOf } from '@/lib/content/title-guard/session';
import { createGuardView } from '@/lib/content/title-guard/view';
import { platformById } from '@/lib/platforms/registry';
import { diffTitle } from '@/lib/title/diff';
import type { ItemEditPage } from '@/lib/title/edit-page';

const zh = guardTranslator('zh-CN');

describe('the guard view (plain DOM in the shadow root)', () => {
  it('shows added characters as <ins>, removed as <del>, and each note with its level', () => {
    const host = document.createElement('div');
    const view = createGuardView(host, zh);
    view.update({
      diff: diffTitle('沐浴露女持久留香家庭装', '沐浴露女持久留香美白滋润家庭装'),
      notes: [
        { id: 'changed', level: 'warn', text: '本次改动 4 个字，建议每次不超过 3 个字' },
        { id: 'length', level: 'info', text: '长度 30/60 字符（汉字计 2）' },
      ],
    });
    expect([...host.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['美白滋润']);
    expect(host.querySelector('del')).toBeNull();
    expect(host.querySelector('li[data-note="changed"]')!.className).toBe('warn');
    expect(host.querySelector('.badge')!.textContent).toBe('1');
    expect(host.querySelector('section')!.getAttribute('aria-label')).toBe('掌柜助手 · 标题检查');
  });

  it('hides the diff line when nothing changed, and shows a failed save in red', () => {
    const host = document.createElement('div');
    const view = createGuardView(host, zh);
    view.update({ diff: diffTitle('a', 'a'), notes: [], status: { ok: false, text: '未能记录本次编辑：x' } });
    expect((host.querySelector('.diff') as HTMLElement).hidden).toBe(true);
    expect((host.querySelector('.badge') as HTMLElement).hidden).toBe(true);
    expect(host.querySelector('.status')!.className).toBe('status bad');
  });

  it('collapses and expands with a real button that says its state', () => {
    const host = document.createElement('div');
    createGuardView(host, guardTranslator('en'));
    const toggle = host.querySelector('button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Expand');
    expect((host.querySelector('.body') as HTMLElement).hidden).toBe(true);
  });
});

describe('what a save changed', () => {
  const taobao = platformById('taobao').itemEdit as ItemEditPage;
  const page = (title: string, price: string, img: string) => {
    document.body.innerHTML = `
      <div id="sell-field-title"><input value="${title}"></div>
      <div id="sell-field-mainImagesGroup"><img src="${img}"></div>
      <div id="sell-field-price"><input value="${price}"></div>
      <button type="button">提交宝贝信息</button><button type="button">保存草稿</button>`;
    return snapshotOf(taobao, document, taobao.titleField(document)!);
  };

  it('title, price and main image, each only when readable on both sides', () => {
    const before = page('沐浴露 ', '59.90', 'data:a');
    expect(before).toEqual({ title: '沐浴露', price: 59.9, mainImage: 'data:a' });
    expect(changedFields(before, page('沐浴露', '59.9', 'data:a'))).toEqual([]);
    expect(changedFields(before, page('沐浴乳', '55.90', 'data:b'))).toEqual(['title', 'price', 'mainImage']);
    // An unreadable price is unknown, not a change to 0.
    expect(page('沐浴露', '面议', 'data:a')).toEqual({ title: '沐浴露', mainImage: 'data:a' });
    expect(changedFields(before, page('沐浴露', '面议', 'data:a'))).toEqual([]);
  });

  it('recognises the save control on the click path, not the draft button', () => {
    page('沐浴露', '59.90', 'data:a');
    const [submit, draft] = document.querySelectorAll('button');
    let saw: boolean[] = [];
    document.addEventListener('click', (e) => saw.push(isSaveEvent(e, taobao)), { capture: true });
    submit!.click();
    draft!.click();
    expect(saw).toEqual([true, false]);
    saw = [];
  });
});

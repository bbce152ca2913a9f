// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectMarks } from '@/lib/overlay/marks';
import { platformById } from '@/lib/platforms/registry';
import type { ReadContext } from '@/lib/platforms/types';
import { rule } from '../rules/fixtures';

/**
 * What the reading overlay marks (lib/overlay/marks.ts), on the e2e's own fixture page: the
 * shop's numbers read, the unknown label unread (to teach), and another shop's or the market's
 * numbers (同行, 行业) marked as not the shop's — never offered to teach, no value kept.
 */

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/console/teach/sycm-peer.html');
const ctx: ReadContext = { url: new URL('https://sycm.taobao.com/portal/home.htm'), today: '2026-11-22', pageKind: 'dashboard' };
const taobao = platformById('taobao');

beforeEach(() => {
  document.documentElement.innerHTML = readFileSync(FIXTURE, 'utf8').replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
});

const marks = (rules = [rule({ id: 9, label: '退款金额', labelText: '退款金额', metric: 'adSpend' })]) => collectMarks([{ doc: document, ctx }], taobao, rules, 0.02).marks;
const inPeer = (node: Node) => !!(node instanceof Element ? node : node.parentElement)?.closest('.peer, .mkt');

describe('another shop’s or the market’s numbers in the overlay', () => {
  it('are marked as not the shop’s, with the words that make them so, and nothing to teach', () => {
    const all = marks([]);
    const peer = all.filter((m) => m.kind === 'peer');
    expect(peer.length).toBeGreaterThanOrEqual(5);
    expect(peer.every((m) => inPeer(m.node))).toBe(true);
    expect(peer.every((m) => m.value === undefined && m.text === '' && m.metric === undefined)).toBe(true);
    // The nearest heading says why: the tier's best shops, the market teaser's 同行优秀 line.
    expect(new Set(peer.map((m) => m.labelText))).toEqual(new Set(['同行同层优秀', '同行优秀']));
    // Nothing in a peer section is read, unread-to-teach, or a look-alike.
    expect(all.filter((m) => m.kind !== 'peer' && inPeer(m.node))).toEqual([]);
  });

  it('the shop’s own numbers beside them are read, and its unknown label is offered to teach', () => {
    const all = marks([]);
    const read = all.filter((m) => m.kind === 'read');
    expect(read.find((m) => m.metric === 'uv' && m.date === '2026-11-22')?.value).toBe(12000);
    expect(read.find((m) => m.metric === 'salesAmount' && m.date === '2026-11-22')?.value).toBe(12345.6);
    expect(all.filter((m) => m.kind === 'unread').map((m) => m.labelText)).toContain('万相台消耗');
  });

  it('a taught rule marks nothing inside them', () => {
    const all = marks();
    const taught = all.filter((m) => m.kind === 'taught');
    expect(taught.length).toBeGreaterThan(0);
    expect(taught.some((m) => inPeer(m.node))).toBe(false);
  });
});

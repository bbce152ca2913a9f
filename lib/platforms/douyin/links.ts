import type { PageKind } from '@/lib/model/consoles';

/**
 * Where on this platform each kind of work is done (checklist deep links): one tap from a
 * duty to the console page where it is done, and opening it ticks the duty.
 * Douyin: 抖店 (fxg), 罗盘, 巨量千川, 飞鸽 and 抖店学习中心 rules.
 * Each URL is one of this platform's PAGE_EXAMPLES (seen 2026-11) or its plain form without
 * tracking parameters, and is tested to be detected as its own page kind
 * (tests/unit/checklist/links.test.ts). No item edit link: that page needs an item id.
 */
export const links: Partial<Record<PageKind, string>> = {
  // 抖店 首页
  dashboard: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
  // 商品管理
  itemList: 'https://fxg.jinritemai.com/ffa/g/list',
  // 违规管理
  complaints: 'https://fxg.jinritemai.com/ffa/grs/penalty',
  // 营销中心（the sign-up pages live under the same /ffa/marketing）
  campaigns: 'https://fxg.jinritemai.com/ffa/marketing/coupon/home',
  // 评价管理
  reviews: 'https://fxg.jinritemai.com/ffa/g/comment',
  // 巨量千川
  ads: 'https://qianchuan.jinritemai.com/home',
  // 抖店 规则中心
  rules: 'https://school.jinritemai.com/doudian/web/rules',
  // 店铺装修
  decoration: 'https://fxg.jinritemai.com/ffa/mshop/decorate/isv/entry',
  // 订单管理
  orders: 'https://fxg.jinritemai.com/ffa/morder/order/list',
  // 飞鸽 客服工作台
  service: 'https://im.jinritemai.com/pc_seller_v2/main/workspace',
};

import type { PageKind } from '@/lib/model/consoles';

/**
 * Where on this platform each kind of work is done (checklist deep links): one tap from a
 * duty to the console page where it is done, and opening it ticks the duty.
 * Taobao/Tmall: 千牛, 生意参谋 and the seller consoles the checklist sends the seller to.
 * Each URL is one of this platform's PAGE_EXAMPLES (seen 2026-11) or its plain form without
 * tracking parameters, and is tested to be detected as its own page kind
 * (tests/unit/checklist/links.test.ts). No item edit link: that page needs an item id.
 */
export const links: Partial<Record<PageKind, string>> = {
  // 生意参谋 首页
  dashboard: 'https://sycm.taobao.com/portal/home.htm',
  // 生意参谋 流量 店铺来源 构成（来源构成）
  traffic: 'https://sycm.taobao.com/flow/monitor/shopsource/construction',
  // 千牛 商品管理 出售中（库存、下架）
  itemList: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
  // 体检中心（违规、处罚）
  complaints: 'https://healthcenter.taobao.com/home/health_home.htm',
  // 千牛 营销活动中心
  campaigns: 'https://myseller.taobao.com/home.htm/starb/tmc-next/sale/seller/homepage.htm',
  // 千牛 评价管理
  reviews: 'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC',
  // 千牛 推广中心（直通车、万相台从这里进入）
  ads: 'https://myseller.taobao.com/home.htm/tuiguangcenter_new/',
  // 规则中心
  rules: 'https://rule.taobao.com/index.htm',
  // 旺铺 店铺装修
  decoration: 'https://wangpu.taobao.com/index.htm',
  // 已卖出的宝贝（留言、发货、物流）
  orders: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  // 生意参谋 服务 客服监控
  service: 'https://sycm.taobao.com/qos/service/core_monitor/new',
};

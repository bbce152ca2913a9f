import type { PageKind } from '@/lib/model/consoles';

/**
 * Where on this platform each kind of work is done (checklist deep links): one tap from a
 * duty to the console page where it is done, and opening it ticks the duty.
 * Amazon Seller Central (US marketplace host; sellers elsewhere switch host in the console) and Amazon Ads.
 * Each URL is one of this platform's PAGE_EXAMPLES (seen 2026-11) or its plain form without
 * tracking parameters, and is tested to be detected as its own page kind
 * (tests/unit/checklist/links.test.ts). No item edit link: that page needs an item id.
 */
export const links: Partial<Record<PageKind, string>> = {
  // Business Reports dashboard
  dashboard: 'https://sellercentral.amazon.com/business-reports#/dashboard',
  // Manage All Inventory
  itemList: 'https://sellercentral.amazon.com/myinventory/inventory',
  // Account Health
  complaints: 'https://sellercentral.amazon.com/performance/dashboard',
  // Promotions
  campaigns: 'https://sellercentral.amazon.com/promotions/manage',
  // Feedback Manager
  reviews: 'https://sellercentral.amazon.com/feedback-manager/index.html',
  // Campaign Manager
  ads: 'https://advertising.amazon.com/cm/campaigns',
  // Seller News
  rules: 'https://sellercentral.amazon.com/news',
  // A+ Content Manager
  decoration: 'https://sellercentral.amazon.com/enhanced-content/content-manager',
  // Manage Orders
  orders: 'https://sellercentral.amazon.com/orders-v3',
  // Buyer-Seller Messages
  service: 'https://sellercentral.amazon.com/messaging/inbox',
};

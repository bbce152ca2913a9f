import type { EndpointMatcher } from '../types';

/**
 * Which of 抖音电商罗盘's own JSON responses ShopMate reads (GETs on compass.jinritemai.com whose
 * query names the dates: date_type, begin_date, end_date), answering `{st: 0, data: …}`
 * (docs/console-facts.md#douyin-responses; paths seen in public seller tools, 2026): 经营概览's trend
 * (core_trend_v3: data.trends[{horizontal, point_name, vertical}]) and 商品卡 (channel_product_card_list:
 * data[] rows of cell_info). Pure and dependency-free (the page-world observer bundles it).
 */
const onCompass = (url: URL, ...paths: string[]) =>
  url.protocol === 'https:' && url.hostname === 'compass.jinritemai.com' && paths.includes(url.pathname);

/** The console pages whose own calls these are: the page-world observer runs there and nowhere else. */
export const OBSERVED_HOSTS = ['compass.jinritemai.com'] as const;

export const ENDPOINT_MATCHERS = [
  { id: 'compass.core-trend', matches: (url) => onCompass(url, '/compass_api/shop/common/homepage/core_trend_v3') },
  {
    id: 'compass.product-card-list',
    matches: (url) => onCompass(url, '/compass_api/shop/product_card/channel_product/channel_product_card_list'),
  },
] as const satisfies readonly EndpointMatcher[];

/** Example response URLs per matcher, checked by the tests. */
export const ENDPOINT_EXAMPLES: Record<(typeof ENDPOINT_MATCHERS)[number]['id'], string[]> = {
  'compass.core-trend': [
    'https://compass.jinritemai.com/compass_api/shop/common/homepage/core_trend_v3?date_type=21&begin_date=2026-11-15&end_date=2026-11-21',
  ],
  'compass.product-card-list': [
    'https://compass.jinritemai.com/compass_api/shop/product_card/channel_product/channel_product_card_list?date_type=21&begin_date=2026-11-21&end_date=2026-11-21&page_no=1&page_size=50',
  ],
};

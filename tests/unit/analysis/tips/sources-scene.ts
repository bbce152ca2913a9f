/** Two weeks of 来源构成 tables: 直通车 takes visitors from 手淘搜索; a new source with 0 visitors. */
export const today = '2026-11-22';
export const before = {
  date: '2026-11-14',
  rows: [
    { source: '手淘搜索', uv: 6000, salesAmount: 6000 },
    { source: '直通车', uv: 3000, salesAmount: 3000 },
    { source: '其它', uv: 1000, salesAmount: 1000 },
  ],
};
export const now = [
  { date: '2026-11-20', rows: [{ source: '手淘搜索', uv: 3000, salesAmount: 5000 }, { source: '直通车', uv: 7000, salesAmount: 5000 }] },
  { date: '2026-11-22', rows: [{ source: '手淘搜索', uv: 1000 }, { source: '直通车', uv: 1000 }, { source: '新来源', uv: 0 }] },
];


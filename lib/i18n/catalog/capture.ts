/** zh-CN is the source; en must have the same keys. */
export const zhCN = {} as const;

export const en: Record<keyof typeof zhCN, string> = {};

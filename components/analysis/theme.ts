import { useEffect, useId, useState } from 'react';

/** Chart colours from the page's CSS variables (assets/theme.css), so charts follow dark mode. */
export interface ChartTheme {
  fg: string;
  soft: string;
  grid: string;
  accent: string;
  good: string;
  bad: string;
  warn: string;
  blue: string;
  scheme: 'light' | 'dark';
}

function readTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    fg: v('--fg', '#1f2329'),
    soft: v('--fg-soft', '#646a73'),
    grid: v('--border', '#dee0e3'),
    accent: v('--accent', '#ff5000'),
    good: v('--good', '#1f9d55'),
    bad: v('--bad', '#d83931'),
    warn: v('--warn', '#c27c00'),
    blue: dark ? '#6ea8ff' : '#3370ff',
    scheme: dark ? 'dark' : 'light',
  };
}

/** The current chart theme; changes when the browser switches between light and dark. */
export function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(readTheme);
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const update = () => setTheme(readTheme());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return theme;
}

/**
 * The width of a chart's box inside its padding, as laid out, kept current as the side panel is
 * resized; 0 until the box has been laid out, and a chart draws nothing until then: a chart drawn
 * at a guessed width (360) and resized once the 320 px panel settled was caught at 383 px under
 * load. The box's ResizeObserver entries give its content box (clientWidth counted its padding,
 * which drew the plot 20 px past its card). The first chart is drawn after the frame that laid
 * the box out (not inside the observer's callback: drawing there changes the box's height, which
 * the same frame's observer would no longer deliver).
 */
export function useWidth(el: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(Math.max(200, w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return width;
}

/**
 * What every chart starts from: the theme, the box it measures its width from (pass setBox as
 * the box's ref), the width (0 until laid out) and the caption's id. (The plot element's ref stays in the chart,
 * where the effect that draws into it can see it is a ref.)
 */
export function useChartFrame() {
  const theme = useChartTheme();
  const [box, setBox] = useState<HTMLElement | null>(null);
  const width = useWidth(box);
  const captionId = useId();
  return { theme, setBox, width, captionId };
}

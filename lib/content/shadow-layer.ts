import { createRoot, type Root } from 'react-dom/client';
import { mountShadowHost } from './shadow-host';

/** ./shadow-host.ts's layer with a React root in it (the reading overlay). */
export function mountShadowLayer(tag: string, css: string, z: number): { host: HTMLElement; root: Root; remove(): void } {
  const { host, mount, remove } = mountShadowHost(tag, css, z);
  const root = createRoot(mount);
  return {
    host,
    root,
    remove() {
      root.unmount();
      remove();
    },
  };
}

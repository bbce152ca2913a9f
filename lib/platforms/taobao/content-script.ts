import { defineConsoleScript } from '@/lib/content/console-script';
import { taobao } from '.';

/** This console's content script (built as content-scripts/console-taobao.js, see wxt.config.ts). */
export default defineConsoleScript(taobao);

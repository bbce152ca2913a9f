import { defineConsoleScript } from '@/lib/content/console-script';
import { douyin } from '.';

/** This console's content script (built as content-scripts/console-douyin.js, see wxt.config.ts). */
export default defineConsoleScript(douyin);

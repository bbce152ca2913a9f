import { defineConsoleScript } from '@/lib/content/console-script';
import { pinduoduo } from '.';

/** This console's content script (built as content-scripts/console-pinduoduo.js, see wxt.config.ts). */
export default defineConsoleScript(pinduoduo);

import { defineConsoleScript } from '@/lib/content/console-script';
import { jd } from '.';

/** This console's content script (built as content-scripts/console-jd.js, see wxt.config.ts). */
export default defineConsoleScript(jd);

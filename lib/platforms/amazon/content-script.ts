import { defineConsoleScript } from '@/lib/content/console-script';
import { amazon } from '.';

/** This console's content script (built as content-scripts/console-amazon.js, see wxt.config.ts). */
export default defineConsoleScript(amazon);

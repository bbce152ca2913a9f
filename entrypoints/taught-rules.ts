import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerChunk } from '@/lib/content/chunks';
import { applyTaughtRules } from '@/lib/rules/apply';
import { builtInShopLabels } from '@/lib/rules/labels';

/**
 * The code that applies the seller's taught rules to a read (issue 12), loaded by the console
 * content script only where this console has a rule (lib/content/taught.ts): nearly every
 * seller has none, and their console pages carry none of it.
 */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerChunk('taughtRules', { apply: applyTaughtRules, builtInShopLabels }),
});

import { sendToBackground } from '@/lib/messaging/client';
import type { PagePlan } from '@/lib/messaging/messages/capture';
import type { PlatformId } from '@/lib/model/consoles';
import type { Extraction, ReadContext } from '@/lib/platforms/types';
import { applyTaughtRules } from '@/lib/rules/apply';
import { builtInShopLabels } from '@/lib/rules/labels';
import type { TaughtRule } from '@/lib/rules/schema';

/**
 * The seller's taught rules in the console reader (issue 12): they come with the reply to the
 * page's visit (./visit.ts), then apply after the platform's own reader on every read
 * (lib/rules/apply.ts). With no rules for this console — nearly every seller — a read costs
 * nothing more, and no message is sent for them.
 */
export interface TaughtHook {
  /** Settles once the rules are known (or could not be had: then the page reads without them). */
  ready: Promise<void>;
  apply(extraction: Extraction | undefined, root: ParentNode, ctx: ReadContext): Extraction | undefined;
}

export function taughtRules(plan: Promise<PagePlan>, platform: PlatformId, warn: (error: unknown) => void): TaughtHook {
  let rules: TaughtRule[] = [];
  const counted = new Set<number>();
  const ready = plan.then(
    (found) => {
      rules = found.taught;
    },
    () => undefined, // the visit's failure is said where it is sent (./main.ts)
  );
  return {
    ready,
    apply(extraction, root, ctx) {
      if (!rules.length) return extraction;
      const result = applyTaughtRules(extraction, root, ctx, rules, builtInShopLabels(platform));
      const fresh = result.applied.filter((id) => !counted.has(id));
      for (const id of fresh) counted.add(id);
      if (fresh.length) void sendToBackground('rules.applied', { ids: fresh }).catch(warn);
      return result.extraction;
    },
  };
}

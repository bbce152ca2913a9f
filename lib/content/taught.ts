import { sendToBackground } from '@/lib/messaging/client';
import type { PagePlan } from '@/lib/messaging/messages/capture';
import type { PlatformId } from '@/lib/model/consoles';
import type { Extraction, ReadContext } from '@/lib/platforms/types';
import type { TaughtRule } from '@/lib/rules/schema';
import { loadChunk, type ChunkExports } from './chunks';

/**
 * The seller's taught rules in the console reader (issue 12): they come with the reply to the
 * page's visit (./visit.ts), then apply after the platform's own reader on every read
 * (lib/rules/apply.ts). With no rules for this console — nearly every seller — there is no
 * message for them and no code: the code that applies them is loaded (./chunks.ts) only where a
 * rule exists.
 */
export interface TaughtHook {
  /** Settles once the rules and their code are in (or could not be had: then the page reads without them). */
  ready: Promise<void>;
  apply(extraction: Extraction | undefined, root: ParentNode, ctx: ReadContext): Extraction | undefined;
}

export function taughtRules(plan: Promise<PagePlan>, platform: PlatformId, warn: (error: unknown) => void): TaughtHook {
  let rules: TaughtRule[] = [];
  let code: ChunkExports['taughtRules'] | undefined;
  const counted = new Set<number>();
  const ready = plan.then(
    async (found) => {
      if (!found.taught.length) return;
      code = await loadChunk('taughtRules');
      rules = found.taught;
    },
    () => undefined, // the visit's failure is said where it is sent (./main.ts)
  ).catch(warn);
  return {
    ready,
    apply(extraction, root, ctx) {
      if (!rules.length || !code) return extraction;
      const result = code.apply(extraction, root, ctx, rules, code.builtInShopLabels(platform));
      const fresh = result.applied.filter((id) => !counted.has(id));
      for (const id of fresh) counted.add(id);
      if (fresh.length) void sendToBackground('rules.applied', { ids: fresh }).catch(warn);
      return result.extraction;
    },
  };
}

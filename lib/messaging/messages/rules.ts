import { z } from 'zod';
import { defineMessage } from '../define';
import { PlatformIdSchema } from '@/lib/model/schemas';
import type { LanguageChoice } from '@/lib/i18n/locale';
import { TeachSchema, type TaughtRule } from '@/lib/rules/schema';

const Console = { platform: PlatformIdSchema, host: z.string().min(1).max(253) };
const RuleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** What the reading overlay needs from the background: this console's rules and the settings it reads. */
export interface OverlayContext {
  /** Every rule of this console, disabled ones too (shown, not applied). */
  rules: TaughtRule[];
  language: LanguageChoice;
  crossCheckTolerance: number;
}

/** Taught rules (issue 12): the console page (reader, overlay) and 设置 → background. */
export const ruleMessages = {
  /** The overlay opened: rules and settings. */
  'overlay.context': defineMessage<OverlayContext>()('content', z.object(Console)),
  /** The seller named a number on the page (or said it is none). */
  'rules.teach': defineMessage<{ id: number; removed: boolean }>()('content', TeachSchema),
  /** Undo the last teach of this rule (within the worker's life): the rule goes, a removed value comes back. */
  'rules.undo': defineMessage<void>()('content', z.object({ id: RuleId })),
  /** These rules applied to a read of the page (counted once per page load). */
  'rules.applied': defineMessage<void>()('content', z.object({ ids: z.array(RuleId).min(1).max(200) })),
  /** 设置: rename ('' = no name), turn on or off. */
  'rules.update': defineMessage<void>()(
    'ui',
    z.object({ id: RuleId, name: z.string().max(100).optional(), enabled: z.boolean().optional() }),
  ),
  'rules.delete': defineMessage<void>()('ui', z.object({ id: RuleId })),
};

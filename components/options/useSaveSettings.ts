import { useState } from 'react';
import { useSettings } from '@/components/app/settings-store';
import type { Settings } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';

/** Save a change to settings; invalid values are refused with zod's reason, nothing is stored. */
export function useSaveSettings() {
  const settings = useSettings();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | undefined>();
  const save = async (change: (s: Settings) => Settings) => {
    try {
      await saveSettings(change(structuredClone(settings)));
      setStatus({ ok: true });
    } catch (error) {
      setStatus({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { settings, save, status };
}

import { useT } from '@/components/app/i18n';
import { GUIDANCE_KINDS, type GuidanceKind } from '@/lib/guidance/types';
import type { Settings } from '@/lib/settings/schema';
import { useSaveSettings } from '../useSaveSettings';

/** 页面提示 (issue 19): one switch for all in-page guidance, one per kind. */
export default function GuidanceSection() {
  const t = useT();
  const { settings, save } = useSaveSettings();
  const g = settings.guidance;
  const set = (change: Partial<Settings['guidance']>) => void save((s) => ({ ...s, guidance: { ...s.guidance, ...change } }));
  return (
    <section aria-labelledby="opt-guidance">
      <h2 id="opt-guidance">{t('settings.guidance.title')}</h2>
      <p className="muted">{t('settings.guidance.hint')}</p>
      <div>
        <label>
          <input type="checkbox" name="guidance-enabled" checked={g.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> {t('settings.guidance.enabled')}
        </label>
      </div>
      <div role="group" aria-label={t('settings.guidance.title')} style={{ paddingLeft: '1.5em' }}>
        {GUIDANCE_KINDS.map((kind: GuidanceKind) => (
          <div key={kind}>
            <label>
              <input type="checkbox" name={`guidance-${kind}`} checked={g[kind]} disabled={!g.enabled} onChange={(e) => set({ [kind]: e.target.checked })} />{' '}
              {t(`settings.guidance.${kind}`)}
            </label>
          </div>
        ))}
      </div>
    </section>
  );
}

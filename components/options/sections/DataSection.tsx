import { useId } from 'react';
import { useT } from '@/components/app/i18n';
import BackupPanel from '@/components/trust/BackupPanel';
import DeleteAllPanel from '@/components/trust/DeleteAllPanel';
import PrivacyStatement from '@/components/trust/PrivacyStatement';
import RestorePanel from '@/components/trust/RestorePanel';
import StoragePanel from '@/components/trust/StoragePanel';
import '@/components/trust/trust.css';

/** 数据与隐私: what is stored and where, backup, restore, storage and retention, delete all. */
export default function DataSection() {
  const t = useT();
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid="data-section">
      <h2 id={id}>{t('data.title')}</h2>
      <PrivacyStatement />
      <BackupPanel />
      <RestorePanel />
      <StoragePanel />
      <DeleteAllPanel />
    </section>
  );
}

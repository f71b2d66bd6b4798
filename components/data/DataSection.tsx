import { t } from '../../lib/i18n';
import { BackupSection } from './BackupSection';
import { EraseSection } from './EraseSection';
import { ExportForm } from './ExportForm';
import { ImportContacts } from './ImportContacts';
import './data.css';

/** The options page's data section: export, import with preview, backup and restore, erase. */
export function DataSection() {
  return (
    <section className="data-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p className="muted">{t('dataIntro')}</p>
      <section aria-labelledby="data-export-heading">
        <h3 id="data-export-heading">{t('dataExportHeading')}</h3>
        <ExportForm />
      </section>
      <section aria-labelledby="data-import-heading">
        <h3 id="data-import-heading">{t('dataImportHeading')}</h3>
        <ImportContacts />
      </section>
      <section aria-labelledby="data-backup-heading">
        <h3 id="data-backup-heading">{t('dataBackupHeading')}</h3>
        <BackupSection />
      </section>
      <section aria-labelledby="data-erase-heading">
        <h3 id="data-erase-heading">{t('dataEraseHeading')}</h3>
        <EraseSection />
      </section>
    </section>
  );
}

import { PartnerList } from '../../components/PartnerList';
import { t } from '../../lib/i18n';
import './options.css';

/** Settings: the user's network partners (more settings join here). */
export function OptionsApp() {
  return (
    <main className="options">
      <h1>{t('optionsHeading')}</h1>
      <PartnerList />
    </main>
  );
}

import { DataSection } from '../../components/data/DataSection';
import { DetectionSettings } from '../../components/options/DetectionSettings';
import { FollowUpSettings } from '../../components/options/FollowUpSettings';
import { PersistentStorage } from '../../components/options/PersistentStorage';
import { PrivateWindowsSetting } from '../../components/options/PrivateWindowsSetting';
import { PartnerList } from '../../components/PartnerList';
import { t } from '../../lib/i18n';
import './options.css';

/** Settings: network partners, which events count, follow-up rules, the user's data. */
export function OptionsApp() {
  return (
    <main className="options">
      <h1>{t('optionsHeading')}</h1>
      <PartnerList />
      <DetectionSettings />
      <FollowUpSettings />
      <PrivateWindowsSetting />
      <DataSection />
      <PersistentStorage />
    </main>
  );
}

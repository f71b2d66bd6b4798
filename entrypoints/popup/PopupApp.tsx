import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { ExportForm } from '../../components/data/ExportForm';
import { ContactsView } from '../../components/popup/contacts/ContactsView';
import { DebriefView } from '../../components/popup/debrief/DebriefView';
import { FollowUpsView } from '../../components/popup/follow-ups/FollowUpsView';
import { PartyGoals } from '../../components/popup/PartyGoals';
import { QuickAdd } from '../../components/popup/quick-add/QuickAdd';
import { useRoute, type Navigate, type Route, type Tab } from '../../components/popup/route';
import { ShortcutHint } from '../../components/popup/ShortcutHint';
import { panelId, TabBar, tabId } from '../../components/popup/TabBar';
import { countDueFollowUps } from '../../lib/db/contacts';
import { db } from '../../lib/db/instance';
import { t } from '../../lib/i18n';
import './popup.css';

function view(route: Route, navigate: Navigate): ReactNode {
  switch (route.tab) {
    case 'add':
      return (
        <>
          <QuickAdd navigate={navigate} />
          <PartyGoals />
        </>
      );
    case 'contacts':
      return <ContactsView contactId={route.id} navigate={navigate} />;
    case 'debrief':
      return <DebriefView eventId={route.id} navigate={navigate} />;
    case 'follow-ups':
      return <FollowUpsView navigate={navigate} />;
    case 'export':
      return <ExportForm />;
  }
}

/** The toolbar popup: quick add (with the parties' goals), contacts, debrief, follow-ups, export. */
export function PopupApp() {
  const [route, navigate] = useRoute();
  const [now] = useState(() => new Date().toISOString());
  const due = useLiveQuery(() => countDueFollowUps(db, now), [now]) ?? 0;
  const labels: Record<Tab, string> = {
    add: t('popupTabAdd'),
    contacts: t('popupTabContacts'),
    debrief: t('popupTabDebrief'),
    'follow-ups': due > 0 ? t('popupTabFollowUpsDue', String(due)) : t('popupTabFollowUps'),
    export: t('popupTabExport'),
  };
  return (
    <main className="popup">
      <header className="row">
        <h1 className="grow">{t('popupHeading')}</h1>
        <ShortcutHint />
      </header>
      <TabBar current={route.tab} labels={labels} onSelect={(tab) => navigate({ tab })} />
      <div role="tabpanel" id={panelId(route.tab)} aria-labelledby={tabId(route.tab)} className="view">
        {view(route, navigate)}
      </div>
    </main>
  );
}

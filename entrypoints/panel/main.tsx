import { useEffect, useState } from 'react';
import { mountPage } from '../../components/mount-page';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/client';
import { readPanelHash, type PanelHashReading } from '../../lib/messaging/panel-address';
import { PanelApp } from './PanelApp';

// The event's id and one-time token come in the URL fragment, set by the content script. The
// content script keeps this one frame and points it at the next event by changing the fragment (no
// reload); an empty fragment shows nothing while the next event is being stored.
const readUrl = (): PanelHashReading => readPanelHash(location.hash);

/** Framed in a page: only with the token the background issued to that tab. In a tab of its own: always. */
async function mayShow(reading: Extract<PanelHashReading, { kind: 'event' }>): Promise<boolean> {
  if (window.top === window) return true;
  if (!reading.token) return false;
  const { granted } = await sendMessage('panel:claim', { eventId: reading.eventId, token: reading.token });
  return granted;
}

function Unavailable() {
  return <p className="panel">{t('panelUnavailable')}</p>;
}

/** Shows the event once its claim is granted; a panel framed by anyone else sees only a neutral message. */
function ClaimedPanel({ reading }: { reading: Extract<PanelHashReading, { kind: 'event' }> }) {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    mayShow(reading).then(
      (ok) => live && setGranted(ok),
      () => live && setGranted(false),
    );
    return () => {
      live = false;
    };
  }, [reading]);
  if (granted === undefined) return <p className="panel muted">{t('panelLoading')}</p>;
  return granted ? <PanelApp eventId={reading.eventId} /> : <Unavailable />;
}

function PanelForUrl() {
  const [reading, setReading] = useState(readUrl);
  useEffect(() => {
    const follow = () => setReading(readUrl());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  if (reading.kind === 'blank') return null;
  if (reading.kind === 'malformed') return <Unavailable />;
  // A new event is a new panel (key): nothing typed for one event shows for another.
  return <ClaimedPanel key={`${reading.eventId}\n${reading.token ?? ''}`} reading={reading} />;
}

mountPage('panelFrameTitle', <PanelForUrl />);

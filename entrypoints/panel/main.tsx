import { useEffect, useState } from 'react';
import { mountPage } from '../../components/mountPage';
import { PanelApp } from './PanelApp';

// The event's id comes in the URL fragment, set by the content script. The content script keeps
// this one frame and points it at the next event by changing the fragment (no reload); an empty
// fragment shows nothing while the next event is being stored.
const eventIdInUrl = (): string => decodeURIComponent(location.hash.slice(1));

function PanelForUrl() {
  const [eventId, setEventId] = useState(eventIdInUrl);
  useEffect(() => {
    const follow = () => setEventId(eventIdInUrl());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  // A new event is a new panel (key): nothing typed for one event shows for another.
  return eventId ? <PanelApp key={eventId} eventId={eventId} /> : null;
}

mountPage('panelFrameTitle', <PanelForUrl />);

import { mountPage } from '../../components/mountPage';
import { PanelApp } from './PanelApp';

// The event's id comes in the URL fragment, set by the content script.
const eventId = decodeURIComponent(location.hash.slice(1));
mountPage('panelFrameTitle', <PanelApp eventId={eventId} />);

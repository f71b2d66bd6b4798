import { useCallback, useEffect, useState } from 'react';

export const TABS = ['add', 'contacts', 'debrief', 'follow-ups', 'export'] as const;
export type Tab = (typeof TABS)[number];

/** Where the popup is: a tab, and for contacts and debriefs optionally the one shown. */
export interface Route {
  tab: Tab;
  id?: string;
}

const ITEM_ROUTES: Record<string, Tab> = { contact: 'contacts', debrief: 'debrief' };

/** "#debrief=<eventId>", "#contact=<id>", "#follow-ups", "" → the route; unknown → quick add. */
export function parseRoute(hash: string): Route {
  const [name = '', value] = hash.replace(/^#/, '').split('=', 2);
  const itemTab = ITEM_ROUTES[name];
  if (itemTab) return value ? { tab: itemTab, id: decodeURIComponent(value) } : { tab: itemTab };
  return TABS.find((tab) => tab === name) ? { tab: name as Tab } : { tab: 'add' };
}

/** The hash for a route; parseRoute(routeHash(r)) equals r. */
export function routeHash(route: Route): string {
  if (route.id === undefined) return route.tab === 'add' ? '' : `#${route.tab}`;
  const name = route.tab === 'contacts' ? 'contact' : route.tab;
  return `#${name}=${encodeURIComponent(route.id)}`;
}

export type Navigate = (route: Route) => void;

/** The route in the page's hash, kept in step both ways. */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    history.replaceState(null, '', `${location.pathname}${location.search}${routeHash(next)}`);
    setRoute(next);
  }, []);
  return [route, navigate];
}

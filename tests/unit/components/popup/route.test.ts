import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../../components/popup/route';

describe('popup routes', () => {
  it('reads the hash the panel and the reminders link to', () => {
    expect(parseRoute('#debrief=ev%201')).toEqual({ tab: 'debrief', id: 'ev 1' });
    expect(parseRoute('#contact=c1')).toEqual({ tab: 'contacts', id: 'c1' });
    expect(parseRoute('#follow-ups')).toEqual({ tab: 'follow-ups' });
    expect(parseRoute('#debrief')).toEqual({ tab: 'debrief' });
    expect(parseRoute('')).toEqual({ tab: 'add' });
    expect(parseRoute('#nonsense=1')).toEqual({ tab: 'add' });
  });

  it('writes what it reads', () => {
    const routes: Route[] = [
      { tab: 'add' },
      { tab: 'export' },
      { tab: 'contacts', id: 'a/b' },
      { tab: 'debrief', id: 'x=y' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});

import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { MAX_SUGGESTIONS, suggestGoals, type GoalTemplate } from '../../../lib/prep/goal-suggestions';

const none = { askHost: [], partners: [], knownGuests: [] };

describe('goal suggestions', () => {
  it('always starts with meeting new people, and asks the host even without a name', () => {
    expect(suggestGoals(none)).toEqual([
      { template: 'goalTplMeetNew', args: ['3'], target: 3 },
      { template: 'goalTplAskHost', args: ['2'], target: 2 },
    ]);
  });

  it('names the host and the person to be introduced to', () => {
    expect(suggestGoals({ ...none, host: 'Lechner AG', askHost: ['Anna Berger', 'Ben Adler'] })[1]).toEqual({
      template: 'goalTplIntroduction',
      args: ['Lechner AG', 'Anna Berger'],
    });
    expect(suggestGoals({ ...none, host: ' Lechner AG ' })[1]).toEqual({
      template: 'goalTplHostCustomers',
      args: ['Lechner AG', '2'],
      target: 2,
    });
  });

  it('suggests a partner fit, then reconnecting, never more than three', () => {
    const all = suggestGoals({ host: 'Lechner AG', askHost: [], partners: ['IT Weber'], knownGuests: ['Carla Ruiz'] });
    expect(all.map((s) => s.template)).toEqual(['goalTplMeetNew', 'goalTplHostCustomers', 'goalTplPartnerFit']);
    expect(all).toHaveLength(MAX_SUGGESTIONS);
    const noPartner = suggestGoals({ host: 'Lechner AG', askHost: [], partners: [], knownGuests: ['Carla Ruiz'] });
    expect(noPartner[2]).toEqual({ template: 'goalTplReconnect', args: ['Carla Ruiz'] });
  });

  it('every template is worded in English and German with its placeholders', () => {
    const templates: GoalTemplate[] = [
      'goalTplMeetNew',
      'goalTplIntroduction',
      'goalTplHostCustomers',
      'goalTplAskHost',
      'goalTplPartnerFit',
      'goalTplReconnect',
    ];
    for (const key of templates) {
      for (const catalogue of [en, de] as Record<string, { message: string }>[]) {
        expect(catalogue[key]?.message, key).toMatch(/\$1/);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { foldForMatching, normalise, stripMarkup, toText } from '../../../lib/detection/normalise';
import { titleWords } from '../../../lib/detection/title';

describe('toText', () => {
  it('turns missing and non-string values into text without throwing', () => {
    expect(toText(undefined, 10)).toBe('');
    expect(toText(null, 10)).toBe('');
    expect(toText(42, 10)).toBe('42');
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(toText(hostile, 10)).toBe('');
  });

  it('caps the length', () => {
    expect(toText('x'.repeat(50), 10)).toHaveLength(10);
  });
});

describe('stripMarkup', () => {
  it('removes tags and decodes entities', () => {
    expect(normalise('<p>Gl&uuml;hwein &amp; <b>Punsch</b></p>')).toBe('gluhwein punsch');
    expect(normalise('caf&#233; &#x43;hristmas&nbsp;party')).toBe('cafe christmas party');
  });

  it('keeps a "<" that does not open a tag, and text after an unclosed tag', () => {
    expect(stripMarkup('a < b')).toBe('a < b');
    expect(normalise('Feier <b unclosed')).toBe('feier b unclosed');
  });
});

describe('fold and normalise', () => {
  it('lower-cases and strips diacritics, including letters NFD keeps', () => {
    expect(normalise('Vánoční VEČÍREK')).toBe('vanocni vecirek');
    expect(normalise('Spotkanie opłatkowe')).toBe('spotkanie oplatkowe');
    expect(normalise('Großes Julebord på Østbanen')).toBe('grosses julebord pa ostbanen');
  });

  it('joins words split by soft hyphens and zero-width characters', () => {
    expect(normalise('Weihnachts\u00adfeier')).toBe('weihnachtsfeier');
    expect(normalise('Weihnachts\u200bfeier')).toBe('weihnachtsfeier');
    expect(foldForMatching('a\ufeffb\u2060c')).toBe('abc');
  });

  it('treats non-breaking spaces, punctuation and emoji as separators', () => {
    expect(normalise('X-Mas-Feier\u00a0🎄 Vertrieb!!!')).toBe('x mas feier vertrieb');
  });
});

describe('titleWords', () => {
  it('cuts the Google invitation tail', () => {
    expect(titleWords('Einladung: Weihnachtsfeier @ Fr 11. Dez. 2026 17:00 - 22:00 (MEZ) (anna@example.de)')).toBe(
      'einladung weihnachtsfeier',
    );
    expect(titleWords('Invitation: Holiday Celebration @ Wed Dec 16, 2026 5pm - 9pm (EST) (bob@example.com)')).toBe(
      'invitation holiday celebration',
    );
  });

  it('keeps an "@" that is not a date tail', () => {
    expect(titleWords('Drinks @ The Ivy')).toBe('drinks the ivy');
  });
});

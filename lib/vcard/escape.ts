// Value encoding for vCard 4.0 (RFC 6350 section 3.4).

// Control characters other than tab and line breaks aren't allowed in values.
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

/**
 * A TEXT value: backslash, comma and line breaks escaped. A semicolon is
 * escaped only inside a structured value, where RFC 6350 3.4 requires it;
 * elsewhere it may be escaped, but Mozilla's parser then keeps "\;" as two characters.
 */
export const escapeText = (value: string): string =>
  value
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** A structured value (N, ORG, ADR): components separated by ";", a semicolon inside one escaped. */
export const compound = (components: readonly (string | undefined)[]): string =>
  components.map((component) => escapeText(component ?? '').replace(/;/g, '\\;')).join(';');

/** A multi-valued TEXT value (CATEGORIES): items separated by ",". */
export const textList = (items: readonly string[]): string => items.map(escapeText).join(',');

/** A URI value is not escaped; it can't hold controls or line breaks at all. */
// eslint-disable-next-line no-control-regex -- matching them is the point
export const uriValue = (value: string): string => value.replace(/[\0-\x1F\x7F]/g, '');

/**
 * A parameter value (LABEL), always quoted, with RFC 6868 escapes: ^ as ^^,
 * a line break as ^n, a double quote as ^'.
 */
export const paramValue = (value: string): string =>
  `"${value
    .replace(CONTROLS, '')
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'")}"`;

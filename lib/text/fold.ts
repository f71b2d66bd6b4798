const MARKS = /\p{M}/gu;

/**
 * Lower-case without diacritics, for comparing what people type: "Müller", "MÜLLER" and "muller" are
 * one text. Letters that Unicode does not split into letter and mark (ß, ø, ł …) stay as they are:
 * a caller that must equate them with ASCII (the detector's word lists) spells them out itself.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(MARKS, '');
}

import { t, type MessageKey } from '../../lib/i18n';
import { COMMON_LABELS, type ContactLabel } from '../../lib/model/contact';

type CommonLabel = (typeof COMMON_LABELS)[number];

export const LABEL_KEYS: Record<CommonLabel, MessageKey> = {
  work: 'labelWork',
  home: 'labelHome',
  mobile: 'labelMobile',
  other: 'labelOther',
};

export const isCommonLabel = (label: string): label is CommonLabel =>
  (COMMON_LABELS as readonly string[]).includes(label);

/** A label as the UI shows it: a common one in the UI language, the user's own as written. */
export const labelText = (label: ContactLabel): string =>
  isCommonLabel(label) ? t(LABEL_KEYS[label]) : label.trim() || t('labelOther');

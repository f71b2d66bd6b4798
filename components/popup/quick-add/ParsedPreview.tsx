import { t, type MessageKey } from '../../../lib/i18n';
import type { QuickAddResult } from '../../../lib/quick-add';

/** The fields a quick-add line can fill, with their labels (also the full form's first fields). */
export const PARSED_FIELDS: [keyof QuickAddResult, MessageKey][] = [
  ['prefix', 'qaFieldPrefix'],
  ['firstName', 'qaFieldFirstName'],
  ['lastName', 'qaFieldLastName'],
  ['company', 'qaFieldCompany'],
  ['jobTitle', 'qaFieldJobTitle'],
  ['email', 'qaFieldEmail'],
  ['phone', 'qaFieldPhone'],
  ['website', 'qaFieldWebsite'],
];

/** What the quick-add line was read as, field by field, while typing. */
export function ParsedPreview({ fields }: { fields: QuickAddResult }) {
  const shown = PARSED_FIELDS.filter(([field]) => fields[field]);
  if (shown.length === 0) return <p className="empty small">{t('qaPreviewEmpty')}</p>;
  return (
    <dl className="preview" data-testid="qa-preview" aria-live="polite">
      {shown.map(([field, label]) => (
        <div key={field}>
          <dt>{t(label)}</dt>
          <dd data-field={field}>{fields[field]}</dd>
        </div>
      ))}
    </dl>
  );
}

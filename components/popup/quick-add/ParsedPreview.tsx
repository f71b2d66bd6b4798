import { t, type MessageKey } from '../../../lib/i18n';
import type { QuickAddContact } from '../../../lib/quick-add';
import { labelText } from '../contact-labels';

type NameField = 'prefix' | 'firstName' | 'lastName' | 'company' | 'jobTitle';

/** The name fields a quick-add line can fill, with their labels (also the full form's first fields). */
export const PARSED_FIELDS: [NameField, MessageKey][] = [
  ['prefix', 'qaFieldPrefix'],
  ['firstName', 'qaFieldFirstName'],
  ['lastName', 'qaFieldLastName'],
  ['company', 'qaFieldCompany'],
  ['jobTitle', 'qaFieldJobTitle'],
];

/** What the quick-add line was read as, field by field, while typing. */
export function ParsedPreview({ fields }: { fields: QuickAddContact }) {
  const rows: { key: string; field: string; label: string; value: string }[] = [
    ...PARSED_FIELDS.flatMap(([field, label]) => {
      const value = fields[field];
      return value ? [{ key: field, field, label: t(label), value }] : [];
    }),
    ...fields.emails.map((value, i) => ({ key: `email${i}`, field: 'email', label: t('qaFieldEmail'), value })),
    ...fields.phones.map(({ value, label }, i) => ({
      key: `phone${i}`,
      field: 'phone',
      label: `${t('qaFieldPhone')} (${labelText(label)})`,
      value,
    })),
    ...fields.websites.map((value, i) => ({ key: `web${i}`, field: 'website', label: t('qaFieldWebsite'), value })),
  ];
  if (rows.length === 0) return <p className="empty small">{t('qaPreviewEmpty')}</p>;
  return (
    <dl className="preview" data-testid="qa-preview" aria-live="polite">
      {rows.map(({ key, field, label, value }) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd data-field={field}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

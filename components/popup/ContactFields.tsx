import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { fromLocalInput, toLocalInput } from '../../lib/contacts/local-input';
import { parseTags } from '../../lib/contacts/new-contact';
import { db } from '../../lib/db/instance';
import { listPartners } from '../../lib/db/partners';
import { t, type MessageKey } from '../../lib/i18n';
import type { ContactData } from '../../lib/model/contact';
import type { ContactTextField } from '../../lib/model/contact';
import { ContactListFields } from './ContactListFields';

const LINE_FIELDS: [ContactTextField, MessageKey][] = [
  ['prefix', 'qaFieldPrefix'],
  ['firstName', 'qaFieldFirstName'],
  ['middleName', 'qaFieldMiddleName'],
  ['lastName', 'qaFieldLastName'],
  ['suffix', 'qaFieldSuffix'],
  ['nickname', 'qaFieldNickname'],
  ['company', 'qaFieldCompany'],
  ['department', 'qaFieldDepartment'],
  ['jobTitle', 'qaFieldJobTitle'],
];
const FOLLOW_UP_FIELDS: [ContactTextField, MessageKey][] = [
  ['introducedBy', 'qaFieldIntroducedBy'],
  ['followUpPromise', 'qaFieldPromise'],
];
const AREA_FIELDS: [ContactTextField, MessageKey][] = [
  ['followUpContext', 'qaFieldContext'],
  ['notes', 'qaFieldNotes'],
];

export type ChangeContact = (changes: Partial<ContactData>) => void;

/** Tags as comma-separated text; keeps what is typed (a trailing comma) while it reports the list. */
function TagsField({ tags, onChange }: { tags: string[]; onChange: ChangeContact }) {
  const [text, setText] = useState(() => tags.join(', '));
  return (
    <label className="field wide">
      <span>{t('qaFieldTags')}</span>
      <input
        value={text}
        maxLength={500}
        onChange={(e) => {
          setText(e.target.value);
          onChange({ tags: parseTags(e.target.value) });
        }}
      />
    </label>
  );
}

/** Which of the user's network partners the contact would suit. */
function PartnerFitField({ fit, onChange }: { fit: string[]; onChange: ChangeContact }) {
  const partners = useLiveQuery(() => listPartners(db));
  const toggle = (name: string, on: boolean) =>
    onChange({ partnerFit: on ? [...fit, name] : fit.filter((p) => p !== name) });
  return (
    <fieldset className="field wide">
      <legend>{t('qaFieldPartnerFit')}</legend>
      {partners?.length === 0 && <p className="empty small">{t('qaNoPartners')}</p>}
      {partners?.map((p) => (
        <label key={p.id} className="check">
          <input type="checkbox" checked={fit.includes(p.name)} onChange={(e) => toggle(p.name, e.target.checked)} />{' '}
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}

function LineField({
  field,
  label,
  value,
  onChange,
}: {
  field: ContactTextField;
  label: MessageKey;
  value: ContactData;
  onChange: ChangeContact;
}) {
  return (
    <label className="field">
      <span>{t(label)}</span>
      <input
        type="text"
        value={value[field] ?? ''}
        maxLength={500}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
    </label>
  );
}

/** A date picker for a full birthday; a birthday without year ("--05-03", from a file) stays editable as text. */
function BirthdayField({ birthday, onChange }: { birthday: string | undefined; onChange: ChangeContact }) {
  const yearless = birthday?.startsWith('--') === true;
  return (
    <label className="field">
      <span>{t('qaFieldBirthday')}</span>
      <input
        type={yearless ? 'text' : 'date'}
        value={birthday ?? ''}
        maxLength={10}
        onChange={(e) => onChange({ birthday: e.target.value || undefined })}
      />
    </label>
  );
}

/** Every field of a contact, for the full quick-add form and the editor. */
export function ContactFields({ value, onChange }: { value: ContactData; onChange: ChangeContact }) {
  return (
    <div className="fields">
      {LINE_FIELDS.map(([field, label]) => (
        <LineField key={field} field={field} label={label} value={value} onChange={onChange} />
      ))}
      <BirthdayField birthday={value.birthday} onChange={onChange} />
      <ContactListFields value={value} onChange={onChange} />
      {FOLLOW_UP_FIELDS.map(([field, label]) => (
        <LineField key={field} field={field} label={label} value={value} onChange={onChange} />
      ))}
      <label className="field">
        <span>{t('qaFieldFollowUpDue')}</span>
        <input
          type="datetime-local"
          value={value.followUpDue ? toLocalInput(new Date(value.followUpDue)) : ''}
          onChange={(e) => onChange({ followUpDue: fromLocalInput(e.target.value) })}
        />
      </label>
      {AREA_FIELDS.map(([field, label]) => (
        <label key={field} className="field wide">
          <span>{t(label)}</span>
          <textarea
            rows={2}
            value={value[field] ?? ''}
            maxLength={5000}
            onChange={(e) => onChange({ [field]: e.target.value })}
          />
        </label>
      ))}
      <TagsField tags={value.tags} onChange={onChange} />
      <PartnerFitField fit={value.partnerFit} onChange={onChange} />
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { fromLocalInput, toLocalInput } from '../../lib/contacts/local-input';
import { parseTags } from '../../lib/contacts/new-contact';
import { db } from '../../lib/db/instance';
import { listPartners } from '../../lib/db/partners';
import { t, type MessageKey } from '../../lib/i18n';
import type { ContactData } from '../../lib/model/contact';
import { PARSED_FIELDS } from './quick-add/ParsedPreview';

type TextField = {
  [K in keyof ContactData]-?: ContactData[K] extends string | undefined ? K : never;
}[keyof ContactData];

const LINE_FIELDS: [TextField, MessageKey][] = [
  ...PARSED_FIELDS,
  ['introducedBy', 'qaFieldIntroducedBy'],
  ['followUpPromise', 'qaFieldPromise'],
];
const AREA_FIELDS: [TextField, MessageKey][] = [
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

/** Every field of a contact, for the full quick-add form and the editor. */
export function ContactFields({ value, onChange }: { value: ContactData; onChange: ChangeContact }) {
  return (
    <div className="fields">
      {LINE_FIELDS.map(([field, label]) => (
        <label key={field} className="field">
          <span>{t(label)}</span>
          <input
            type={field === 'email' ? 'email' : 'text'}
            value={value[field] ?? ''}
            maxLength={500}
            onChange={(e) => onChange({ [field]: e.target.value })}
          />
        </label>
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

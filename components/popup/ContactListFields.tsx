import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t, type MessageKey } from '../../lib/i18n';
import {
  ADDRESS_PARTS,
  COMMON_LABELS,
  type ContactAddress,
  type ContactData,
  type ContactLabel,
} from '../../lib/model/contact';
import { isCommonLabel, LABEL_KEYS, labelText } from './contact-labels';

const CUSTOM = '\u0000custom';

/** Work / home / mobile / other, or the user's own text (kept as typed, also one a file brought). */
function LabelPicker({ value, onChange }: { value: ContactLabel; onChange: (label: ContactLabel) => void }) {
  const [custom, setCustom] = useState(!isCommonLabel(value));
  return (
    <span className="label-picker">
      <select
        aria-label={t('qaFieldLabel')}
        value={custom ? CUSTOM : value}
        onChange={(e) => {
          const picked = e.target.value;
          setCustom(picked === CUSTOM);
          onChange(picked === CUSTOM ? '' : picked);
        }}
      >
        {COMMON_LABELS.map((label) => (
          <option key={label} value={label}>
            {t(LABEL_KEYS[label])}
          </option>
        ))}
        <option value={CUSTOM}>{t('labelCustom')}</option>
      </select>
      {custom && (
        <input
          aria-label={t('qaFieldCustomLabel')}
          value={value}
          maxLength={60}
          placeholder={t('qaFieldCustomLabel')}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </span>
  );
}

interface ListProps<T extends { label: ContactLabel }> {
  legend: MessageKey;
  add: MessageKey;
  entries: readonly T[];
  blank: T;
  onChange: (entries: T[]) => void;
  /** The inputs of one entry; the one marked `data-entry-first` gets the focus when the entry is added. */
  renderEntry: (entry: T, set: (entry: T) => void) => ReactNode;
  describe: (entry: T) => string;
}

/**
 * A list of labelled entries (e-mails, phones, …): add a row, remove a row, change its label.
 * A new row's first input takes the focus, so the whole list works from the keyboard.
 */
function EntryList<T extends { label: ContactLabel }>(props: ListProps<T>) {
  const { legend, add, entries, blank, onChange, renderEntry, describe } = props;
  const list = useRef<HTMLFieldSetElement>(null);
  // Set by "add", read once the new row is on screen.
  const focusAdded = useRef(false);
  useEffect(() => {
    if (!focusAdded.current) return;
    focusAdded.current = false;
    list.current?.querySelector<HTMLElement>('.entry:last-of-type [data-entry-first]')?.focus();
  }, [entries.length]);
  const set = (i: number, entry: T) => onChange(entries.map((e, j) => (j === i ? entry : e)));
  return (
    <fieldset className="field wide entry-list" ref={list}>
      <legend>{t(legend)}</legend>
      {entries.map((entry, i) => (
        <div className="entry" key={i}>
          <LabelPicker value={entry.label} onChange={(label) => set(i, { ...entry, label })} />
          {renderEntry(entry, (next) => set(i, next))}
          <button
            type="button"
            className="icon"
            aria-label={t('qaRemoveEntry', describe(entry) || labelText(entry.label))}
            onClick={() => onChange(entries.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => {
          focusAdded.current = true;
          onChange([...entries, blank]);
        }}
      >
        {t(add)}
      </button>
    </fieldset>
  );
}

type ValueEntry = { label: ContactLabel; value: string };

// A website is often typed without a scheme ("lechner.at"): type=url would refuse to save it.
const INPUT_TYPES = {
  email: { type: 'email' },
  tel: { type: 'tel' },
  url: { type: 'text', inputMode: 'url' },
} as const;

function valueList<T extends ValueEntry>(kind: keyof typeof INPUT_TYPES, legendLabel: MessageKey) {
  return (entry: T, set: (entry: T) => void) => (
    <>
      <input
        data-entry-first
        {...INPUT_TYPES[kind]}
        aria-label={`${t(legendLabel)} (${labelText(entry.label)})`}
        value={entry.value}
        maxLength={500}
        onChange={(e) => {
          // A phone's E.164 form belongs to the old text: it is computed again when the contact is stored.
          const { e164: _stale, ...rest } = entry as T & { e164?: string };
          set({ ...rest, value: e.target.value } as T);
        }}
      />
      {'e164' in entry && typeof entry.e164 === 'string' && (
        <a className="icon" href={`tel:${entry.e164}`} aria-label={t('qaCall', entry.value)} title={entry.e164}>
          ☎
        </a>
      )}
    </>
  );
}

const ADDRESS_LABELS: Record<(typeof ADDRESS_PARTS)[number], MessageKey> = {
  street: 'qaFieldStreet',
  extended: 'qaFieldExtended',
  poBox: 'qaFieldPoBox',
  postalCode: 'qaFieldPostalCode',
  city: 'qaFieldCity',
  region: 'qaFieldRegion',
  country: 'qaFieldCountry',
};

const renderAddress = (entry: ContactAddress, set: (entry: ContactAddress) => void) => (
  <span className="address-parts">
    {ADDRESS_PARTS.map((part, i) => (
      <input
        key={part}
        data-entry-first={i === 0 || undefined}
        aria-label={t(ADDRESS_LABELS[part])}
        placeholder={t(ADDRESS_LABELS[part])}
        value={entry[part] ?? ''}
        maxLength={300}
        onChange={(e) => set({ ...entry, [part]: e.target.value || undefined })}
      />
    ))}
    {entry.formatted !== undefined && (
      <textarea
        aria-label={t('qaFieldFormatted')}
        rows={2}
        value={entry.formatted}
        maxLength={1000}
        onChange={(e) => set({ ...entry, formatted: e.target.value || undefined })}
      />
    )}
  </span>
);

const addressText = (a: ContactAddress): string =>
  [a.street, a.postalCode, a.city, a.country, a.formatted].filter(Boolean).join(', ');

type ChangeContact = (changes: Partial<ContactData>) => void;

/** The follow-up's address when the contact has several: the user's pick, else the first work one. */
function FollowUpEmailPick({ value, onChange }: { value: ContactData; onChange: ChangeContact }) {
  const id = useId();
  const emails = value.emails.filter((e) => e.value.trim() !== '');
  if (emails.length < 2) return null;
  return (
    <label className="field wide" htmlFor={id}>
      <span>{t('qaFollowUpEmail')}</span>
      <select
        id={id}
        value={value.followUpEmail ?? ''}
        onChange={(e) => onChange({ followUpEmail: e.target.value || undefined })}
      >
        <option value="">{emails.find((e) => e.label === 'work')?.value ?? emails[0]?.value}</option>
        {emails.map((e) => (
          <option key={e.value} value={e.value}>
            {e.value} ({labelText(e.label)})
          </option>
        ))}
      </select>
    </label>
  );
}

/** E-mails, phones, websites and postal addresses of a contact, each with its label. */
export function ContactListFields({ value, onChange }: { value: ContactData; onChange: ChangeContact }) {
  return (
    <>
      <EntryList
        legend="qaFieldEmails"
        add="qaAddEmail"
        entries={value.emails}
        blank={{ label: 'work', value: '' }}
        onChange={(emails) => onChange({ emails })}
        renderEntry={valueList('email', 'qaFieldEmail')}
        describe={(e) => e.value}
      />
      <FollowUpEmailPick value={value} onChange={onChange} />
      <EntryList
        legend="qaFieldPhones"
        add="qaAddPhone"
        entries={value.phones}
        blank={{ label: 'mobile', value: '' }}
        onChange={(phones) => onChange({ phones })}
        renderEntry={valueList('tel', 'qaFieldPhone')}
        describe={(p) => p.value}
      />
      <EntryList
        legend="qaFieldWebsites"
        add="qaAddWebsite"
        entries={value.websites}
        blank={{ label: 'work', value: '' }}
        onChange={(websites) => onChange({ websites })}
        renderEntry={valueList('url', 'qaFieldWebsite')}
        describe={(w) => w.value}
      />
      <EntryList
        legend="qaFieldAddresses"
        add="qaAddAddress"
        entries={value.addresses}
        blank={{ label: 'work' }}
        onChange={(addresses) => onChange({ addresses })}
        renderEntry={renderAddress}
        describe={addressText}
      />
    </>
  );
}

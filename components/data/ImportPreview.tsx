import { useId } from 'react';
import type { CsvImport } from '../../lib/csv';
import { clip } from '../../lib/data/clip';
import { invalidEmails } from '../../lib/contacts/email';
import { displayName, nameWithCompany } from '../../lib/contacts/names';
import type { ImportDuplicate, DuplicateChoice, ImportDuplicateReason } from '../../lib/db/contact-import';
import { t, type MessageKey } from '../../lib/i18n';
import { plural } from '../../lib/i18n/plural';
import type { ContactInput } from '../../lib/model/contact';
import { DETECTED_FORMAT_LABELS } from './format-labels';

// An imported file is hostile input: React renders it as text only, and only this much of it.
const ROWS_SHOWN = 10;
const ERRORS_SHOWN = 20;
const DUPLICATES_SHOWN = 50;
const CELL_MAX = 80;

const CHOICES: [DuplicateChoice, MessageKey][] = [
  ['merge', 'dataChoiceMerge'],
  ['skip', 'dataChoiceSkip'],
  ['keepBoth', 'dataChoiceKeepBoth'],
];

const REASONS: Record<ImportDuplicateReason, MessageKey> = {
  id: 'dataReasonId',
  email: 'dataReasonEmail',
  phone: 'dataReasonPhone',
  name: 'dataReasonName',
};

const cell = (text: string | undefined) => clip(text ?? '', CELL_MAX);

/** Each e-mail value of the file that is not one address (a list, a typo), with whose it is. */
function emailWarnings(contacts: readonly ContactInput[]): { name: string; value: string }[] {
  return contacts.flatMap((contact) =>
    invalidEmails(contact.emails).map((value) => ({ name: displayName(contact), value })),
  );
}

export interface ImportPlan {
  fileName: string;
  parsed: CsvImport;
  duplicates: ImportDuplicate[];
}

interface Props {
  plan: ImportPlan;
  all: DuplicateChoice;
  byIndex: ReadonlyMap<number, DuplicateChoice>;
  busy: boolean;
  onAll: (choice: DuplicateChoice) => void;
  onOne: (index: number, choice: DuplicateChoice) => void;
  onImport: () => void;
  onCancel: () => void;
}

interface ChoiceProps {
  id?: string;
  label?: string;
  value: DuplicateChoice;
  onChange: (choice: DuplicateChoice) => void;
}

function ChoiceSelect({ id, label, value, onChange }: ChoiceProps) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value as DuplicateChoice)}>
      {CHOICES.map(([choice, key]) => (
        <option key={choice} value={choice}>
          {t(key)}
        </option>
      ))}
    </select>
  );
}

function ContactRow({ contact }: { contact: ContactInput }) {
  return (
    <tr>
      <td>{cell(displayName(contact))}</td>
      <td>{cell(contact.company)}</td>
      <td>{cell(contact.emails.map((e) => e.value).join(', '))}</td>
      <td>{cell(contact.phones.map((p) => p.value).join(', '))}</td>
      <td>{cell(contact.tags.join(', '))}</td>
    </tr>
  );
}

/** What a chosen file would import, before anything is written: format, rows, errors, duplicates. */
export function ImportPreview({ plan, all, byIndex, busy, onAll, onOne, onImport, onCancel }: Props) {
  const id = useId();
  const { parsed, duplicates } = plan;
  const shown = parsed.contacts.slice(0, ROWS_SHOWN);
  const warnings = emailWarnings(parsed.contacts);
  const warningText = plural(warnings.length, {
    one: 'dataPreviewEmailWarningsOne',
    other: 'dataPreviewEmailWarnings',
  });
  return (
    <section
      className="preview data-form"
      aria-label={t('dataPreviewHeading', clip(plan.fileName, CELL_MAX))}
      data-testid="import-preview"
    >
      <h4>{t('dataPreviewHeading', clip(plan.fileName, CELL_MAX))}</h4>
      {parsed.format && <p>{t('dataPreviewFormat', t(DETECTED_FORMAT_LABELS[parsed.format]))}</p>}
      <p data-testid="import-count">{t('dataPreviewCount', String(parsed.contacts.length))}</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">
            {plural(shown.length, { one: 'dataPreviewFirstRowsOne', other: 'dataPreviewFirstRows' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('dataColName')}</th>
              <th scope="col">{t('dataColCompany')}</th>
              <th scope="col">{t('dataColEmail')}</th>
              <th scope="col">{t('dataColPhone')}</th>
              <th scope="col">{t('dataColTags')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((contact, i) => (
              <ContactRow key={i} contact={contact} />
            ))}
          </tbody>
        </table>
      </div>
      {parsed.contacts.length > ROWS_SHOWN && (
        <p className="muted">{t('dataMore', String(parsed.contacts.length - ROWS_SHOWN))}</p>
      )}

      {parsed.errors.length > 0 && (
        <div role="group" aria-label={t('dataPreviewErrors', String(parsed.errors.length))} data-testid="import-errors">
          <p className="error">{t('dataPreviewErrors', String(parsed.errors.length))}</p>
          <ul>
            {parsed.errors.slice(0, ERRORS_SHOWN).map((error, i) => (
              <li key={i}>{t('dataErrorLine', [String(error.line), cell(error.message)])}</li>
            ))}
          </ul>
          {parsed.errors.length > ERRORS_SHOWN && (
            <p className="muted">{t('dataMore', String(parsed.errors.length - ERRORS_SHOWN))}</p>
          )}
        </div>
      )}

      {warnings.length > 0 && (
        <div role="group" aria-label={warningText} data-testid="import-email-warnings">
          <p className="error">{warningText}</p>
          <ul>
            {warnings.slice(0, ERRORS_SHOWN).map((warning, i) => (
              <li key={i}>{t('dataEmailWarning', [cell(warning.name), cell(warning.value)])}</li>
            ))}
          </ul>
          {warnings.length > ERRORS_SHOWN && (
            <p className="muted">{t('dataMore', String(warnings.length - ERRORS_SHOWN))}</p>
          )}
        </div>
      )}

      {duplicates.length > 0 && (
        <div
          role="group"
          aria-label={t('dataDuplicatesHeading', String(duplicates.length))}
          data-testid="import-duplicates"
        >
          <h4>{t('dataDuplicatesHeading', String(duplicates.length))}</h4>
          <p className="muted">{t('dataDuplicatesIntro')}</p>
          <div className="field">
            <label htmlFor={`${id}-all`}>{t('dataChoiceAll')}</label>
            <ChoiceSelect id={`${id}-all`} value={all} onChange={onAll} />
          </div>
          <ul className="plain">
            {duplicates.slice(0, DUPLICATES_SHOWN).map((duplicate) => {
              const name = cell(nameWithCompany(duplicate.existing));
              return (
                <li key={duplicate.index}>
                  <span className="grow">
                    {name} <span className="muted">({t(REASONS[duplicate.reason])})</span>
                  </span>
                  <ChoiceSelect
                    label={t('dataDuplicateChoice', name)}
                    value={byIndex.get(duplicate.index) ?? all}
                    onChange={(choice) => onOne(duplicate.index, choice)}
                  />
                </li>
              );
            })}
          </ul>
          {duplicates.length > DUPLICATES_SHOWN && (
            <p className="muted">
              {plural(duplicates.length - DUPLICATES_SHOWN, {
                one: 'dataDuplicatesMoreOne',
                other: 'dataDuplicatesMore',
              })}
            </p>
          )}
        </div>
      )}

      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={onImport}>
          {t('dataImportButton')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}

import { displayName, nameWithCompany } from '../../../lib/contacts/names';
import { followUpCalendarEntry, followUpMail } from '../../../lib/contacts/follow-up';
import { setFollowUpStatus } from '../../../lib/db/contacts';
import { db } from '../../../lib/db/instance';
import { googleCalendarUrl, icsEvent, mailtoUrl, outlookCalendarUrl } from '../../../lib/followup';
import { t } from '../../../lib/i18n';
import type { Contact } from '../../../lib/model/contact';
import { useErrorMessage } from '../../useErrorMessage';
import { announceFollowUpChange } from '../../follow-ups-changed';
import { downloadFile } from '../../download';
import { fileSlug } from './file-slug';
import { ErrorMessage } from '../../ErrorMessage';

/** E-mail draft, calendar entry (Google, Outlook, .ics) and "done" for one follow-up. */
export function FollowUpActions({ contact, onDone }: { contact: Contact; onDone?: (contact: Contact) => void }) {
  const { error, run } = useErrorMessage();
  const name = displayName(contact);
  const subject = contact.metAt ? t('followUpMailSubject', contact.metAt) : t('followUpMailSubjectNoEvent');
  const mail = mailtoUrl(followUpMail(contact, subject, t('followUpMailGreeting', name)));
  const entry = followUpCalendarEntry(contact, t('followUpCalendarSummary', nameWithCompany(contact)), new Date());
  const done = () =>
    run(async () => {
      await setFollowUpStatus(db, contact.id, 'done');
      onDone?.(contact);
      await announceFollowUpChange();
    });
  return (
    <div className="actions" role="group" aria-label={t('followUpActions', name)}>
      <a className="button" href={mail} target="_blank" rel="noreferrer" data-testid="follow-up-mail">
        {t('followUpEmail')}
      </a>
      {entry && (
        <>
          <a className="button" href={googleCalendarUrl(entry)} target="_blank" rel="noreferrer">
            {t('followUpGoogle')}
          </a>
          <a className="button" href={outlookCalendarUrl(entry)} target="_blank" rel="noreferrer">
            {t('followUpOutlook')}
          </a>
          <button
            type="button"
            onClick={() => downloadFile(icsEvent(entry), `follow-up-${fileSlug(name)}.ics`, 'text/calendar')}
          >
            {t('followUpIcs')}
          </button>
        </>
      )}
      <button type="button" className="primary" onClick={() => void done()}>
        {t('followUpDone')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}

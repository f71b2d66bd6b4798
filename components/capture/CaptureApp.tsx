import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import { latestStartedEvent } from '../../lib/contacts/event-choice';
import { contextLine, followUpDueFor } from '../../lib/contacts/follow-up';
import { displayName } from '../../lib/contacts/names';
import { identifiesSomeone } from '../../lib/contacts/new-contact';
import { addMetContact, findDuplicateContacts, mergeIntoContact } from '../../lib/db/contacts';
import { db } from '../../lib/db/instance';
import { addPhoto } from '../../lib/db/photos';
import { getSettings } from '../../lib/db/settings';
import { t } from '../../lib/i18n';
import type { ContactData } from '../../lib/model/contact';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { eventEnd } from '../../lib/prep/format-when';
import { ErrorMessage } from '../ErrorMessage';
import { announceFollowUpChange } from '../follow-ups-changed';
import { EventSelect } from '../popup/quick-add/EventSelect';
import { useQuickAddEvent } from '../popup/quick-add/useQuickAddEvent';
import { useErrorMessage } from '../useErrorMessage';
import { CameraShot } from './CameraShot';
import { CardItem } from './CardItem';
import { useCardQueue, type Card } from './useCardQueue';

const isImage = (file: File) => file.type.startsWith('image/') || /\.(heic|heif)$/i.test(file.name);
const ready = (card: Card) => ['read', 'cancelled', 'failed'].includes(card.status) && identifiesSomeone(card.contact);

/** The party a capture page opened from a debrief is for (`capture.html?event=…`). */
const requestedEvent = () => new URLSearchParams(location.search).get('event') ?? undefined;

/** Photos of business cards in, contacts linked to the party out. */
export function CaptureApp() {
  const { cards, add, update, cancel, retry, remove } = useCardQueue();
  const { event, eventId, choices, choose } = useQuickAddEvent(latestStartedEvent, requestedEvent());
  const settings = useLiveQuery(() => getSettings(db)) ?? DEFAULT_SETTINGS;
  const [dragging, setDragging] = useState(false);
  const [summary, setSummary] = useState<string>();
  const { error, run } = useErrorMessage();

  /** The party, its host and the follow-up, as quick add links a contact met there. */
  const linked = (contact: ContactData): ContactData => ({
    ...contact,
    eventId: event?.id,
    metAt: event?.title,
    introducedBy: contact.introducedBy ?? event?.host,
    followUpDue: followUpDueFor(event && eventEnd(event), new Date(), settings).toISOString(),
    followUpStatus: 'open',
    followUpContext: contextLine(event?.title, undefined),
  });

  /** The photo goes with the contact only when the user ticked "keep the photo". */
  const keepPhoto = async (card: Card, contactId: string) => {
    if (card.keepPhoto) await addPhoto(db, contactId, card.photo);
  };
  const store = async (card: Card) => {
    // One transaction: a contact is never saved without the photo the user asked to keep.
    const stored = await db.transaction('rw', [db.contacts, db.targets, db.settings, db.photos], async () => {
      const contact = await addMetContact(db, linked(card.contact));
      await keepPhoto(card, contact.id);
      return contact;
    });
    update(card.id, { status: 'saved', outcome: t('qaSaved', displayName(stored)) });
  };
  const saveAll = () =>
    run(async () => {
      let saved = 0;
      let flagged = 0;
      for (const card of cards.filter(ready)) {
        // A card that may be someone stored already waits for the user's choice (merge or save anyway).
        if ((await findDuplicateContacts(db, card.contact)).length > 0) flagged++;
        else {
          await store(card);
          saved++;
        }
      }
      setSummary(t('captureSavedSummary', [String(saved), String(flagged)]));
      await announceFollowUpChange();
    });
  const saveAnyway = (card: Card) =>
    run(async () => {
      await store(card);
      await announceFollowUpChange();
    });
  const merge = (card: Card, id: string) =>
    run(async () => {
      const merged = await db.transaction('rw', [db.contacts, db.settings, db.photos], async () => {
        const contact = await mergeIntoContact(db, id, linked(card.contact));
        await keepPhoto(card, contact.id);
        return contact;
      });
      update(card.id, { status: 'saved', outcome: t('qaMerged', displayName(merged)) });
      await announceFollowUpChange();
    });
  const open = (id: string) => void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#contact=${id}`) });

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    add([...e.dataTransfer.files].filter(isImage));
  };

  return (
    <main className="capture">
      <h1>{t('captureHeading')}</h1>
      <p className="muted">{t('captureIntro')}</p>
      <div
        className={`drop${dragging ? ' dragging' : ''}`}
        data-testid="capture-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>{t('captureDrop')}</p>
        <label className="button">
          {t('capturePick')}
          <input
            type="file"
            accept="image/*,.heic,.heif"
            multiple
            hidden
            data-testid="capture-files"
            onChange={(e) => {
              add([...(e.target.files ?? [])].filter(isImage));
              e.target.value = '';
            }}
          />
        </label>
        <CameraShot onShot={(photo) => add([photo])} />
      </div>
      <EventSelect events={choices} value={eventId} onChange={choose} />
      <ul className="cards">
        {cards.map((card) => (
          <CardItem
            key={card.id}
            card={card}
            onChange={(changes) => update(card.id, { contact: { ...card.contact, ...changes } })}
            onKeepPhoto={(keepPhoto) => update(card.id, { keepPhoto })}
            onCancel={() => cancel(card.id)}
            onRetry={() => retry(card)}
            onRemove={() => remove(card)}
            onMerge={(id) => void merge(card, id)}
            onSaveAnyway={() => void saveAnyway(card)}
            onOpen={open}
          />
        ))}
      </ul>
      {cards.length > 0 && (
        <div className="row">
          <button
            type="button"
            className="primary"
            data-testid="capture-save-all"
            disabled={!cards.some(ready)}
            onClick={() => void saveAll()}
          >
            {t('captureSaveAll')}
          </button>
          {summary && (
            <span role="status" data-testid="capture-status">
              {summary}
            </span>
          )}
        </div>
      )}
      <ErrorMessage error={error} />
    </main>
  );
}

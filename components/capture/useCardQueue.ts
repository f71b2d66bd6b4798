import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardField } from '../../lib/capture/card-contact';
import { CardOcr, OcrCancelled } from '../../lib/capture/ocr';
import { readCard } from '../../lib/capture/read-card';
import type { ContactData } from '../../lib/model/contact';

export type CardStatus = 'waiting' | 'reading' | 'read' | 'cancelled' | 'failed' | 'saved';

/** One photo on the capture page and what became of it. */
export interface Card {
  id: string;
  photo: Blob;
  /** Object URL of the photo, revoked when the card is removed or the page closes. */
  url: string;
  status: CardStatus;
  /** 0–1 while reading. */
  progress: number;
  /** The fields as read, then as the user edits them. */
  contact: ContactData;
  uncertain: CardField[];
  keepPhoto: boolean;
  /** What saving did ("Saved: Anna Berger"). */
  outcome?: string;
}

const blank = (): ContactData => ({ emails: [], phones: [], websites: [], addresses: [], tags: [], partnerFit: [] });

/** The photos dropped on the page, read one after the other (QR code first, OCR otherwise). */
export function useCardQueue() {
  const [cards, setCards] = useState<Card[]>([]);
  const ocr = useRef<CardOcr>(null);
  /** Ids waiting to be read, the one being read, and every card's photo URL (revoked on close). */
  const queue = useRef<{ id: string; photo: Blob }[]>([]);
  const reading = useRef<string>(null);
  const urls = useRef(new Set<string>());
  /** Cards the user stopped while they were read: what the engine still returns for them is dropped. */
  const stopped = useRef(new Set<string>());

  const update = useCallback(
    (id: string, changes: Partial<Card>) =>
      setCards((list) => list.map((c) => (c.id === id ? { ...c, ...changes } : c))),
    [],
  );

  const pump = useCallback(async () => {
    if (reading.current) return;
    for (let next = queue.current.shift(); next; next = queue.current.shift()) {
      const { id, photo } = next;
      reading.current = id;
      update(id, { status: 'reading' });
      ocr.current ??= new CardOcr();
      try {
        const { contact, uncertain } = await readCard(photo, ocr.current, (progress) => update(id, { progress }));
        if (stopped.current.has(id)) throw new OcrCancelled();
        update(id, { status: 'read', contact, uncertain, progress: 1 });
      } catch (error) {
        // What was not read stays typeable: the card keeps its photo and empty fields.
        const cancelled = error instanceof OcrCancelled || stopped.current.has(id);
        update(id, { status: cancelled ? 'cancelled' : 'failed' });
        if (!cancelled) console.warn('card not read', error);
      }
      stopped.current.delete(id);
    }
    reading.current = null;
  }, [update]);

  const enqueue = useCallback(
    (entries: { id: string; photo: Blob }[]) => {
      queue.current.push(...entries);
      void pump();
    },
    [pump],
  );

  const add = useCallback(
    (photos: Blob[]) => {
      const added: Card[] = photos.map((photo) => ({
        id: crypto.randomUUID(),
        photo,
        url: URL.createObjectURL(photo),
        status: 'waiting',
        progress: 0,
        contact: blank(),
        uncertain: [],
        keepPhoto: false,
      }));
      for (const card of added) urls.current.add(card.url);
      setCards((list) => [...list, ...added]);
      enqueue(added);
    },
    [enqueue],
  );

  const cancel = useCallback(
    (id: string) => {
      if (reading.current === id) {
        stopped.current.add(id);
        void ocr.current?.cancel();
      } else if (queue.current.some((q) => q.id === id)) {
        queue.current = queue.current.filter((q) => q.id !== id);
        update(id, { status: 'cancelled' });
      }
    },
    [update],
  );

  const retry = useCallback(
    (card: Card) => {
      update(card.id, { status: 'waiting', progress: 0 });
      enqueue([card]);
    },
    [update, enqueue],
  );

  const remove = useCallback(
    (card: Card) => {
      cancel(card.id);
      URL.revokeObjectURL(card.url);
      urls.current.delete(card.url);
      setCards((list) => list.filter((c) => c.id !== card.id));
    },
    [cancel],
  );

  useEffect(() => {
    const open = urls.current;
    return () => {
      for (const url of open) URL.revokeObjectURL(url);
      void ocr.current?.close();
    };
  }, []);

  return { cards, add, update, cancel, retry, remove };
}

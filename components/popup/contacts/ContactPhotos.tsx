import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db } from '../../../lib/db/instance';
import type { PhotoRow } from '../../../lib/db/photo-row';
import { deletePhoto, listPhotosOf, restorePhotos } from '../../../lib/db/photos';
import { t } from '../../../lib/i18n';
import { ErrorMessage } from '../../ErrorMessage';
import { useErrorMessage } from '../../useErrorMessage';

/** The photo, through an object URL that lives as long as it is shown. */
function Thumbnail({ image }: { image: Blob }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(image);
    if (img.current) img.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [image]);
  return <img ref={img} className="contact-photo" alt={t('contactPhotos')} />;
}

/** The card photos kept with a contact ("keep the photo" on the capture page): shown, removable with undo. */
export function ContactPhotos({ contactId }: { contactId: string }) {
  const photos = useLiveQuery(() => listPhotosOf(db, contactId), [contactId]);
  const [removed, setRemoved] = useState<PhotoRow>();
  const { error, run } = useErrorMessage();
  const remove = (id: string) =>
    run(async () => {
      const row = await deletePhoto(db, id);
      if (row) setRemoved(row);
    });
  const undo = (row: PhotoRow) =>
    run(async () => {
      await restorePhotos(db, [row]);
      setRemoved(undefined);
    });
  if (!photos?.length && !removed) return null;
  return (
    <div className="contact-photos" data-testid="contact-photos">
      {photos?.map((photo) => (
        <figure key={photo.id} className="row">
          <Thumbnail image={photo.image} />
          <button type="button" onClick={() => void remove(photo.id)}>
            {t('contactPhotoRemove')}
          </button>
        </figure>
      ))}
      {removed && (
        <p className="small" role="status">
          {t('contactPhotoRemoved')}{' '}
          <button type="button" onClick={() => void undo(removed)}>
            {t('undo')}
          </button>
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

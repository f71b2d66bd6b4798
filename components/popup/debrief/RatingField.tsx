import { t } from '../../../lib/i18n';

const STARS = [1, 2, 3, 4, 5];

/** 1–5 stars: how worthwhile the party was. */
export function RatingField({ value, onChange }: { value: number | undefined; onChange: (rating: number) => void }) {
  return (
    <fieldset className="rating">
      <legend>{t('debriefRating')}</legend>
      {STARS.map((n) => (
        <label key={n} title={t('debriefRatingValue', String(n))}>
          <input
            type="radio"
            name="rating"
            className="visually-hidden"
            checked={value === n}
            aria-label={t('debriefRatingValue', String(n))}
            onChange={() => onChange(n)}
          />
          <span aria-hidden="true" className={value !== undefined && n <= value ? 'star on' : 'star'}>
            ★
          </span>
        </label>
      ))}
    </fieldset>
  );
}

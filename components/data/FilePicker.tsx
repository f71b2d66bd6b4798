import { useState, type DragEvent } from 'react';
import { t } from '../../lib/i18n';

interface Props {
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/** A labelled file input that also takes a file dropped on it. */
export function FilePicker({ label, accept, disabled = false, onFile }: Props) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={over ? 'drop over' : 'drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label className="field">
        <span>{label}</span>
        <input
          type="file"
          accept={accept}
          disabled={disabled}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so choosing the same file again is noticed.
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <span className="hint muted">{t('dataDropHint')}</span>
    </div>
  );
}

import type { DetectedFormat } from '../../lib/csv';
import type { ExportFormat } from '../../lib/data/export-file';
import type { MessageKey } from '../../lib/i18n';

/** The UI names of the export formats. */
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  full: 'dataFormatFull',
  google: 'dataFormatGoogle',
  outlook: 'dataFormatOutlook',
  vcard: 'dataFormatVcard',
};

/** The UI names of the formats an import recognises. */
export const DETECTED_FORMAT_LABELS: Record<DetectedFormat, MessageKey> = {
  full: 'dataFormatFull',
  google: 'dataFormatGoogle',
  'google-old': 'dataFormatGoogleOld',
  outlook: 'dataFormatOutlook',
  'outlook-classic': 'dataFormatOutlookClassic',
};

import type { FileProblem } from '../../lib/data/read-text-file';
import { t } from '../../lib/i18n';

/** What to tell the user about a file that can't be read as text. */
export function fileProblemMessage(problem: FileProblem, fileName: string, maxBytes: number): string {
  return problem === 'tooLarge'
    ? t('dataTooLarge', [fileName, String(Math.round(maxBytes / (1024 * 1024)))])
    : t('dataNotUtf8', fileName);
}

/** Why a file is not a backup this version can restore. */
export type BackupProblem =
  | 'notJson'
  | 'notBackup'
  | 'otherApp'
  | 'newerFormat'
  | 'newerSchema'
  | 'missingTable'
  | 'unknownTable'
  | 'badRow'
  | 'duplicateKey';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    /** Where: a table name or `table[row].field`, e.g. `contacts[3].emails[1].value`. */
    readonly detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'BackupError';
  }
}

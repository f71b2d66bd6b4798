// Its own module: the database class and the photo functions both need it (no import cycle).
/** Photos of business cards the user chose to keep ("keep the photo"), one row per photo. */
export interface PhotoRow {
  id: string;
  contactId: string;
  /** The image as the user gave it (JPEG, PNG, HEIC …), unchanged. */
  image: Blob;
  createdAt: string;
}

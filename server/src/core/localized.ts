/** A message in both languages; the runner picks one for the user's locale. */
export interface Localized {
  zh: string;
  en: string;
}

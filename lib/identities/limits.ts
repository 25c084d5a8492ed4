// The voice fields' limits, apart from the schemas so the identity form checks them without zod in the browser.

/** Languages a voice can speak (ISO 639-1); names are shown with Intl.DisplayNames in the reader's language. */
export const LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "tr", "ja"] as const;

export const LIMITS = {
  displayName: 80,
  handle: 50,
  bio: 500,
  tone: 500,
  signOff: 20,
  disclosure: 200,
  bannedTerms: 50,
  term: 40,
  terms: 100,
} as const;

/** Labels a team puts on a contact. Its own module: the browser needs the list without the schemas (zod). */
export const CONTACT_LABELS = ["fan", "critic", "vip"] as const;

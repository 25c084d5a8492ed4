/** The lifetimes a new API token can be given, in days (the form offers them; the schema accepts only them). */
export const TOKEN_EXPIRY_DAYS = [7, 30, 90, 365] as const;

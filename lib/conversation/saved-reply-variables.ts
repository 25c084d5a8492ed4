/** The variables a saved reply may use; anything else in braces is left as written, so typos stay visible. */
export const SAVED_REPLY_VARIABLES = ["contact.name", "contact.handle", "identity.name", "agent.name"] as const;
export type SavedReplyVariable = (typeof SAVED_REPLY_VARIABLES)[number];
export type SavedReplyContext = Partial<Record<SavedReplyVariable, string | null>>;

const PLACEHOLDER = /\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/gi;

/** Fills `{{contact.name}}`-style placeholders (spaces inside the braces allowed, names case-insensitive). */
export function fillSavedReply(body: string, context: SavedReplyContext): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => {
    const key = name.toLowerCase() as SavedReplyVariable;
    if (!SAVED_REPLY_VARIABLES.includes(key)) return whole;
    const value = context[key];
    return value ? value : "";
  });
}

/** Placeholders a saved reply uses that Curtain does not know (shown as a warning in the editor). */
export function unknownVariables(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    const key = match[1]!.toLowerCase();
    if (!SAVED_REPLY_VARIABLES.includes(key as SavedReplyVariable)) unknown.add(match[1]!);
  }
  return [...unknown];
}

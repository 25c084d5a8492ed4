/** Avatars are only shown from https addresses (no mixed content, no javascript: or data: URLs). */
export function isHttpsUrl(value: string) {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

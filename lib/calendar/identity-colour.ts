/**
 * Each identity's colour on the calendar, derived from its id so it is stable across pages and members without a
 * stored setting. Eight hues with enough contrast as a 4 px stripe against the card (WCAG 1.4.11, 3:1).
 */
const PALETTE = ["#2563eb", "#c026d3", "#059669", "#d97706", "#dc2626", "#7c3aed", "#0891b2", "#65a30d"];

export function identityColour(identityId: string): string {
  let hash = 0;
  for (const char of identityId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

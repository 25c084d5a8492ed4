/**
 * Each identity's colour on the calendar, derived from its id so it is stable across pages and members without a
 * stored setting. Eight hues.
 */
// Tailwind's 700 shades: white initials on each reach 4.5:1 (WCAG 1.4.3), the stripe well over 3:1.
const PALETTE = ["#1d4ed8", "#a21caf", "#047857", "#b45309", "#b91c1c", "#6d28d9", "#0e7490", "#4d7c0f"];

export function identityColour(identityId: string): string {
  let hash = 0;
  for (const char of identityId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

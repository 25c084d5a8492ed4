/** Splits a duration into the two largest units, e.g. 7,384 s → { hours: 2, minutes: 3 }; for "2 h 3 min". */
export function durationParts(seconds: number): { days: number; hours: number; minutes: number } {
  const total = Math.max(0, Math.round(seconds / 60));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days > 0) return { days, hours, minutes: 0 };
  return { days: 0, hours, minutes };
}

/** Normalising the values history files contain: ids written as floats, odd date formats, booleans. */

/** "3.0" and "3" are the same id (spreadsheets and pandas write ids as floats); blank → null. */
export function normalizeId(raw: string | undefined | null): string | null {
  const value = (raw ?? "").trim();
  if (!value) return null;
  const float = /^(\d+)\.0+$/.exec(value);
  return float ? float[1]! : value;
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/**
 * Dates as history files write them: ISO 8601 (a missing zone means UTC), "YYYY-MM-DD HH:MM[:SS]", the Twitter
 * API's "Tue Oct 31 22:10:47 +0000 2017", and Unix seconds or milliseconds. Anything else → null (row skipped).
 */
export function parseDate(raw: string | undefined | null): Date | null {
  const value = (raw ?? "").trim();
  if (!value) return null;
  const twitter = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(
    value,
  );
  if (twitter) {
    const [, mon, day, hh, mm, ss, sign, oh, om, year] = twitter as unknown as string[];
    const month = MONTHS[mon!.toLowerCase()];
    if (month === undefined) return null;
    const offset = (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
    return valid(Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss)) - offset);
  }
  if (/^\d{9,10}$/.test(value)) return valid(Number(value) * 1000);
  if (/^\d{12,13}$/.test(value)) return valid(Number(value));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    value,
  );
  if (!iso) return null;
  const [, y, mo, d, hh = "00", mi = "00", ss = "00", frac = "", zone] = iso as unknown as string[];
  const zoneText =
    !zone || zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const date = new Date(`${y}-${mo}-${d}T${hh}:${mi}:${ss}${frac ?? ""}${zoneText}`);
  // Reject roll-overs such as 2017-02-31, which Date would turn into March.
  if (Number.isNaN(date.getTime()) || (zoneText === "Z" && date.getUTCDate() !== Number(d))) return null;
  return date;
}

function valid(ms: number) {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function parseBoolean(raw: string | undefined | null): boolean | null {
  const value = (raw ?? "").trim().toLowerCase();
  if (["true", "1", "yes", "t", "y"].includes(value)) return true;
  if (["false", "0", "no", "f", "n"].includes(value)) return false;
  return null;
}

/** A handle that is digits only: an anonymised customer in twcs (brands are the non-numeric authors). */
export const isNumericHandle = (handle: string) => /^\d+$/.test(handle);

/** The first non-numeric @mention of a twcs customer tweet: the brand account it is addressed to. */
export function addressedBrand(body: string): string | null {
  for (const match of body.matchAll(/(?:^|\s)@(\w{1,50})/g)) if (!isNumericHandle(match[1]!)) return match[1]!;
  return null;
}

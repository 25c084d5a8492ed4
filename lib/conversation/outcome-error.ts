import "server-only";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import type { Outcome } from "@/lib/outcome";

/**
 * Bridges lib/outcome.ts to the current action/route wrappers (which catch AppError): a failure's field problems
 * (message keys) become translated field errors. Folded into the wrappers once they take outcomes themselves.
 */
export async function unwrap<T>(outcome: Outcome<T>): Promise<T> {
  if (outcome.ok) return outcome.value;
  let fieldErrors: Record<string, string[]> | undefined;
  if (outcome.fields) {
    const t = await getServerTranslator();
    const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
    fieldErrors = Object.fromEntries(Object.entries(outcome.fields).map(([field, problems]) => [field, problems.map((p) => translate(p.key, p.values))]));
  }
  throw new AppError(outcome.code, fieldErrors);
}

import "server-only";
import type { IdentityKind } from "@/db/schema/enums";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { identityFieldProblems, identityValues, type IdentityFields } from "./schemas";

/** The row values, or a bad_request with one translated message per offending field. */
export async function checkedIdentityValues(input: IdentityFields, kind: IdentityKind) {
  const problems = identityFieldProblems(input, kind);
  if (problems.length === 0) return identityValues(input, kind);
  const t = await getServerTranslator();
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(t(`identities.fieldErrors.${p.key}`, { max: p.max ?? 0 }));
  throw new AppError("bad_request", fieldErrors);
}

/** A bad_request carrying one translated message (identities.fieldErrors.<key>) on one field. */
export async function fieldError(field: string, key: "handleTaken" | "notOperator" | "brandCannotRetire" | "cannotSpeak" | "sameOperator") {
  const t = await getServerTranslator();
  return new AppError("bad_request", { [field]: [t(`identities.fieldErrors.${key}`)] });
}

import type { IdentityKind } from "@/db/schema/enum-values";
import { fail, ok, type FieldProblem, type Outcome } from "@/lib/outcome";
import { identityFieldProblems, identityValues, type IdentityFields } from "./schemas";

/** The row values, or a bad_request with every offending field's problem (identities.fieldErrors.<key>). */
export function checkedIdentityValues(
  input: IdentityFields,
  kind: IdentityKind,
): Outcome<ReturnType<typeof identityValues>> {
  const problems = identityFieldProblems(input, kind);
  if (problems.length === 0) return ok(identityValues(input, kind));
  const fields: Record<string, FieldProblem[]> = {};
  for (const p of problems)
    (fields[p.field] ??= []).push({ key: `identities.fieldErrors.${p.key}`, values: { max: p.max ?? 0 } });
  return fail("bad_request", fields);
}

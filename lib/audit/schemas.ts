import { z } from "zod";
import { cursorParamSchema } from "@/db/queries/keyset";
import type { AuditFilters } from "@/db/queries/audit";

// A GET form submits untouched fields as "", which means "no filter".
const blankIsUnset = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const filterFields = {
  actor: blankIsUnset(z.uuid()),
  action: blankIsUnset(
    z
      .string()
      .max(100)
      .regex(/^[a-z0-9_.]+$/),
  ),
  objectType: blankIsUnset(
    z
      .string()
      .max(50)
      .regex(/^[a-z0-9_]+$/),
  ),
  from: blankIsUnset(z.iso.date()),
  to: blankIsUnset(z.iso.date()),
};

export const listAuditQuerySchema = z.object({
  ...filterFields,
  cursor: cursorParamSchema.optional(),
});

import { auditSearchParams, type AuditFilterParams } from "./search-params";

export { auditSearchParams, type AuditFilterParams };

/** The page's filters from its URL; a malformed one is dropped rather than failing the page. */
export function auditFiltersFromSearchParams(params: Record<string, string | string[] | undefined>): AuditFilterParams {
  const out: AuditFilterParams = {};
  for (const key of Object.keys(filterFields) as (keyof typeof filterFields)[]) {
    const parsed = filterFields[key].safeParse(params[key]);
    if (parsed.success && typeof parsed.data === "string") out[key] = parsed.data;
  }
  return out;
}

export function toAuditFilters(params: AuditFilterParams): AuditFilters {
  return {
    actorUserId: params.actor,
    action: params.action,
    objectType: params.objectType,
    from: params.from,
    to: params.to,
  };
}

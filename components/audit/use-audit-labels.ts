"use client";

import { useTranslations } from "next-intl";

/** Translated labels for audit action keys and object types, falling back to the raw key for unknown ones. */
export function useAuditLabels() {
  const t = useTranslations("audit");
  // Keys come from the database, so they are checked with has() before being translated.
  const dynamic = t as unknown as ((key: string) => string) & { has: (key: string) => boolean };
  return {
    action: (action: string) =>
      /^[a-z0-9_]+(\.[a-z0-9_]+)+$/.test(action) && dynamic.has(`actions.${action}`)
        ? dynamic(`actions.${action}`)
        : action,
    /** An action group ("operator" of "operator.added") as people call it; unknown groups as stored. */
    group: (group: string) =>
      /^[a-z0-9_]+$/.test(group) && dynamic.has(`groups.${group}`) ? dynamic(`groups.${group}`) : group,
    objectType: (type: string) =>
      /^[a-z0-9_]+$/.test(type) && dynamic.has(`objectTypes.${type}`) ? dynamic(`objectTypes.${type}`) : type,
  };
}

"use client";

import { useTranslations } from "next-intl";
import type { listAuditEvents } from "@/db/queries/audit";
import type { Jsonify } from "@/lib/jsonify";

type Item = Jsonify<Awaited<ReturnType<typeof listAuditEvents>>>["items"][number];

const SNAPSHOT_KEYS = ["displayName", "persona", "handle", "name", "email"] as const;

/** What the object is called: today's name, else the name the event recorded (deleted objects), else a short id. */
export function auditObjectName(item: Item) {
  if (item.objectName) return item.objectName;
  for (const key of SNAPSHOT_KEYS) {
    const value = item.data[key];
    if (typeof value === "string" && value) return value;
  }
  return item.objectId ? item.objectId.slice(0, 8) : "";
}

/** A person recorded as { userId, name } (handovers) or a plain value. */
function nameOf(value: unknown) {
  if (value && typeof value === "object" && "name" in value && typeof value.name === "string") return value.name;
  return typeof value === "string" ? value : null;
}

/** "from → to" for handovers, role and status changes; who for operator changes; nothing otherwise. */
export function AuditChange({ item }: { item: Item }) {
  const t = useTranslations("audit.change");
  const tRole = useTranslations("roles");
  const tStatus = useTranslations("inbox.statuses");
  // Values come from the database: only known ones are translated, anything else is shown as stored.
  const role = (value: string | null) => (value && tRole.has(value as never) ? tRole(value as never) : value);
  const status = (value: string | null) => (value && tStatus.has(value as never) ? tStatus(value as never) : value);
  const { action, data } = item;
  let from: string | null = null;
  let to: string | null = null;
  if (action === "conversation.status_changed") {
    from = status(nameOf(data.from) ?? item.previousStatus);
    to = status(nameOf(data.status) ?? nameOf(data.to));
  } else if (action === "member.role_changed") {
    from = role(nameOf(data.from));
    to = role(nameOf(data.to));
  } else if ("from" in data || "to" in data) {
    from = nameOf(data.from);
    to = nameOf(data.to);
  } else if (action.startsWith("operator.")) {
    return <>{nameOf(data.userName)}</>;
  }
  if (!to) return null;
  return <>{from ? t("fromTo", { from, to }) : t("to", { to })}</>;
}

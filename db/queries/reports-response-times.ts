import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { channels, identities, users } from "../schema";
import type { IdentityKind } from "../schema/enums";
import type { Hours } from "./reports-histograms";
import { responseStats } from "./reports-stats";

export type ResponseTimesGroupBy = "identityKind" | "identity" | "channel" | "user";

/** One row of `GET /reports/response-times` (API-CONTRACT.md). */
export type ResponseTimesRow = {
  key: { kind: IdentityKind } | { id: string | null; name: string | null };
  responses: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  firstResponses: number;
  firstMedianSeconds: number | null;
  slaAttainment: number | null;
};

/**
 * Response times of the workspace's responses with `from` ≤ responded at < `to`, split by voice kind, identity,
 * channel or member; exact for small slices, from the rollup (±5 % on percentiles, exact counts and SLA) for
 * large ones. Responses of a deleted member are grouped under `{ id: null, name: null }`.
 */
export async function responseTimesBy(
  db: DbOrTx,
  q: { workspaceId: string; from: Date; to: Date; groupBy: ResponseTimesGroupBy; hours?: Hours },
): Promise<ResponseTimesRow[]> {
  const stats = await responseStats(db, {
    workspaceId: q.workspaceId,
    from: q.from,
    to: q.to,
    hours: q.hours ?? "calendar",
    groupBy: [q.groupBy],
  });
  const names = await namesOf(
    db,
    q.workspaceId,
    q.groupBy,
    stats.map((s) => s.key[0]).filter((id): id is string => typeof id === "string"),
  );
  return stats.map((s) => {
    const id = s.key[0] ?? null;
    return {
      key:
        q.groupBy === "identityKind" ? { kind: id as IdentityKind } : { id, name: id ? (names.get(id) ?? null) : null },
      responses: s.responses,
      medianSeconds: s.medianSeconds,
      p90Seconds: s.p90Seconds,
      firstResponses: s.firstResponses,
      firstMedianSeconds: s.firstMedianSeconds,
      slaAttainment: s.slaAttainment,
    };
  });
}

/** Display names of the grouped ids (a channel's name is its handle), scoped to the workspace. */
async function namesOf(db: DbOrTx, workspaceId: string, groupBy: ResponseTimesGroupBy, ids: string[]) {
  if (groupBy === "identityKind" || ids.length === 0) return new Map<string, string>();
  const rows =
    groupBy === "identity"
      ? await db
          .select({ id: identities.id, name: identities.displayName })
          .from(identities)
          .where(and(eq(identities.workspaceId, workspaceId), inArray(identities.id, ids)))
      : groupBy === "channel"
        ? await db
            .select({ id: channels.id, name: channels.handle })
            .from(channels)
            .where(and(eq(channels.workspaceId, workspaceId), inArray(channels.id, ids)))
        : await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { engagementByIdentityKind } from "@/db/queries/reports";
import { responseStats, type ResponseFilters, type ResponseStat } from "@/db/queries/reports-histograms";
import { slaStats, type SlaStat } from "@/db/queries/reports-sla";
import { identities, memberships, users } from "@/db/schema";
import { can, type Role } from "@/lib/auth/permissions";
import { previousRange, type ReportParams, type ReportRange } from "./params";

export type TeamRow = ResponseStat & {
  userId: string | null;
  name: string;
  spokeAs: { name: string; responses: number }[];
};

export type ReportData = {
  range: ReportRange;
  previous: ReportRange | null;
  kinds: ResponseStat[];
  previousKinds: ResponseStat[] | null;
  perIdentity: (ResponseStat & { name: string; kind: string })[];
  series: ResponseStat[];
  sla: SlaStat[];
  team: TeamRow[];
  /** false: the team table holds the viewer's own row only (teamReports.view decides). */
  wholeTeam: boolean;
  engagement: Awaited<ReturnType<typeof engagementByIdentityKind>>;
};

export function filtersOf(params: ReportParams): ResponseFilters {
  return {
    identityKind: params.kind,
    identityIds: params.identity ? [params.identity] : undefined,
    channelIds: params.channel ? [params.channel] : undefined,
    userIds: params.member ? [params.member] : undefined,
    categories: params.category ? [params.category] : undefined,
  };
}

/**
 * Everything the reports page shows, for one member: the team table is cut down to the viewer's own row unless
 * the role may see the team (checked here, on the server, not in the component).
 */
export async function loadReport(
  db: Db,
  q: { workspaceId: string; timezone: string; userId: string; role: Role; params: ReportParams; range: ReportRange },
): Promise<ReportData> {
  const { workspaceId, params, range } = q;
  const hours = params.hours;
  const filters = filtersOf(params);
  const slice = { workspaceId, from: range.from, to: range.to, hours, filters };
  const previous = params.compare ? previousRange(range, q.timezone) : null;
  const wholeTeam = can(q.role, "teamReports.view");
  const slaFiltersOnly = !filters.channelIds && !filters.userIds && !filters.categories;

  const [kinds, previousKinds, byIdentity, series, sla, team, spokeAs, engagement] = await Promise.all([
    responseStats(db, { ...slice, groupBy: ["identityKind"] }),
    previous ? responseStats(db, { ...slice, from: previous.from, to: previous.to, groupBy: ["identityKind"] }) : null,
    responseStats(db, { ...slice, groupBy: ["identity"] }),
    responseStats(db, { ...slice, groupBy: [range.period, "identityKind"] }),
    slaFiltersOnly
      ? slaStats(db, {
          ...slice,
          groupBy: ["priority"],
          filters: { identityKind: params.kind, identityIds: filters.identityIds },
        })
      : responseStats(db, { ...slice, groupBy: ["priority"] }),
    responseStats(db, {
      ...slice,
      groupBy: ["user"],
      filters: wholeTeam ? filters : { ...filters, userIds: [q.userId] },
    }),
    responseStats(db, {
      ...slice,
      groupBy: ["user", "identity"],
      filters: wholeTeam ? filters : { ...filters, userIds: [q.userId] },
    }),
    engagementByIdentityKind(db, { workspaceId, from: range.from, to: range.to }),
  ]);

  const identityIds = [
    ...new Set([...byIdentity, ...spokeAs].map((s) => s.key.at(-1)).filter((id): id is string => !!id)),
  ];
  const identityRows = identityIds.length
    ? await db
        .select({ id: identities.id, name: identities.displayName, kind: identities.kind })
        .from(identities)
        .where(and(eq(identities.workspaceId, workspaceId), inArray(identities.id, identityIds)))
    : [];
  const identityById = new Map(identityRows.map((r) => [r.id, r]));
  const userIds = team.map((s) => s.key[0]).filter((id): id is string => !!id);
  const userRows = userIds.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))
    : [];
  const userName = new Map(userRows.map((r) => [r.id, r.name]));

  return {
    range,
    previous,
    kinds,
    previousKinds,
    perIdentity: byIdentity.map((s) => ({
      ...s,
      name: identityById.get(s.key[0] ?? "")?.name ?? "—",
      kind: identityById.get(s.key[0] ?? "")?.kind ?? "persona",
    })),
    series,
    sla: sla.map((s) => ({
      key: s.key,
      responses: s.responses,
      withinTarget: s.withinTarget,
      slaAttainment: s.slaAttainment,
    })),
    team: team.map((s) => ({
      ...s,
      userId: s.key[0] ?? null,
      name: userName.get(s.key[0] ?? "") ?? "—",
      spokeAs: spokeAs
        .filter((x) => x.key[0] === s.key[0])
        .map((x) => ({ name: identityById.get(x.key[1] ?? "")?.name ?? "—", responses: x.responses })),
    })),
    wholeTeam,
    engagement,
  };
}

/** Identities (all) and members (only for roles that see the team) offered as report filters. */
export async function reportFilterOptions(db: Db, { workspaceId, role }: { workspaceId: string; role: Role }) {
  const identityOptions = await db
    .select({ id: identities.id, name: identities.displayName })
    .from(identities)
    .where(eq(identities.workspaceId, workspaceId))
    .orderBy(identities.kind, identities.displayName);
  const memberOptions = can(role, "teamReports.view")
    ? await db
        .select({ id: users.id, name: users.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.workspaceId, workspaceId))
        .orderBy(users.name)
    : null;
  return { identityOptions, memberOptions };
}

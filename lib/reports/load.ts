import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { engagementByIdentityKind } from "@/db/queries/reports";
import { countReportConversations } from "@/db/queries/reports-conversations";
import { responseDistribution } from "@/db/queries/reports-distribution";
import { resolvedByMember } from "@/db/queries/reports-resolved";
import type { ResponseFilters, ResponseStat } from "@/db/queries/reports-histograms";
import { responseStats } from "@/db/queries/reports-stats";
import { slaStats, type SlaStat } from "@/db/queries/reports-sla";
import { identities, memberships, users } from "@/db/schema";
import { can, type Role } from "@/lib/auth/permissions";
import { conversationSlice, memberFilter } from "./conversations-export";
import { distributionTable, type DistributionPoint } from "./distribution";
import { previousRange, type ReportParams, type ReportRange } from "./params";
import { slaSeriesPoints, type SlaPoint } from "./sla-series";

export type TeamRow = ResponseStat & {
  userId: string | null;
  name: string;
  spokeAs: { name: string; responses: number }[];
  /** Conversations this member resolved in the period (audit log; distinct conversations). */
  resolved: number;
};

export type ReportData = {
  range: ReportRange;
  previous: ReportRange | null;
  kinds: ResponseStat[];
  previousKinds: ResponseStat[] | null;
  perIdentity: (ResponseStat & { name: string; kind: string })[];
  series: ResponseStat[];
  sla: SlaStat[];
  /** SLA attainment per period (day/week/month), overall and per priority. */
  slaSeries: SlaPoint[];
  /** Responses per range (< 5 min … > 24 h), brand vs persona. */
  distribution: DistributionPoint[];
  /** Rows of the one-row-per-conversation export (conversations created in the period). */
  conversations: number;
  team: TeamRow[];
  /** false: the team table holds the viewer's own row only (teamReports.view decides). */
  wholeTeam: boolean;
  engagement: Awaited<ReturnType<typeof engagementByIdentityKind>>;
};

/**
 * The response filters of a view for a viewer: a member filter naming someone else becomes the viewer's own id
 * unless they may see the team (teamReports.view), since every figure under it would be that member's own.
 */
export function filtersOf(params: ReportParams, viewer: { userId: string; wholeTeam: boolean }): ResponseFilters {
  const member = memberFilter(params.member, viewer);
  return {
    identityKind: params.kind,
    identityIds: params.identity ? [params.identity] : undefined,
    channelIds: params.channel ? [params.channel] : undefined,
    userIds: member ? [member] : undefined,
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
  const wholeTeam = can(q.role, "teamReports.view");
  const viewer = { userId: q.userId, wholeTeam };
  const filters = filtersOf(params, viewer);
  const slice = { workspaceId, from: range.from, to: range.to, hours, filters };
  const previous = params.compare ? previousRange(range, q.timezone) : null;
  const slaFiltersOnly = !filters.channelIds && !filters.userIds && !filters.categories;
  // SLA counts: the exact daily per-priority table when only voices are filtered, else the fine rollup.
  const slaBy = (groupBy: ("priority" | ReportRange["period"])[]) =>
    slaFiltersOnly
      ? slaStats(db, { ...slice, groupBy, filters: { identityKind: params.kind, identityIds: filters.identityIds } })
      : responseStats(db, { ...slice, groupBy });

  const [
    kinds,
    previousKinds,
    byIdentity,
    series,
    sla,
    slaSeries,
    distribution,
    conversations,
    team,
    spokeAs,
    engagement,
  ] = await Promise.all([
    responseStats(db, { ...slice, groupBy: ["identityKind"] }),
    previous ? responseStats(db, { ...slice, from: previous.from, to: previous.to, groupBy: ["identityKind"] }) : null,
    responseStats(db, { ...slice, groupBy: ["identity"] }),
    responseStats(db, { ...slice, groupBy: [range.period, "identityKind"] }),
    slaBy(["priority"]),
    slaBy([range.period, "priority"]),
    responseDistribution(db, slice),
    countReportConversations(db, conversationSlice(workspaceId, params, range, viewer)),
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
  const [userRows, resolved] = userIds.length
    ? await Promise.all([
        db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)),
        resolvedByMember(db, { workspaceId, from: range.from, to: range.to, userIds }),
      ])
    : [[], new Map<string, number>()];
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
    slaSeries: slaSeriesPoints(slaSeries),
    distribution: distributionTable(distribution),
    conversations,
    team: team.map((s) => ({
      ...s,
      userId: s.key[0] ?? null,
      name: userName.get(s.key[0] ?? "") ?? "—",
      resolved: resolved.get(s.key[0] ?? "") ?? 0,
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

import type { Db } from "@/db/connect";
import { categoryMix, communityTotals, criticToFan } from "@/db/queries/reports-community";
import { engagementByIdentity, followUpRate, topPosts } from "@/db/queries/reports-engagement";
import type { ResponseFilters } from "@/db/queries/reports-histograms";
import { volumeOverTime } from "@/db/queries/reports-volume";
import { can, type Role } from "@/lib/auth/permissions";
import { bucketsOf } from "./buckets";
import type { ReportParams, ReportRange } from "./params";

export type CommunityReport = Awaited<ReturnType<typeof loadCommunityReport>>;

/** Per voice kind: the follow-up counts of its identities added up (counts add; rates do not). */
export function followUpByKind(rows: Awaited<ReturnType<typeof followUpRate>>) {
  return (["brand", "persona"] as const).flatMap((kind) => {
    const mine = rows.filter((r) => r.kind === kind);
    if (!mine.length) return [];
    const replies = mine.reduce((n, r) => n + r.replies, 0);
    const followedUp = mine.reduce((n, r) => n + r.followedUp, 0);
    return [{ kind, replies, followedUp, rate: replies ? followedUp / replies : null }];
  });
}

/**
 * The view's filters for these sections. A member filter for someone else is dropped unless the role sees the
 * team (teamReports.view): the URL is shareable and editable, the rule is checked here on the server.
 */
export function communityFilters(params: ReportParams, viewer: { userId: string; role: Role }): ResponseFilters {
  const member =
    params.member && (params.member === viewer.userId || can(viewer.role, "teamReports.view")) ? params.member : null;
  return {
    identityKind: params.kind,
    identityIds: params.identity ? [params.identity] : undefined,
    channelIds: params.channel ? [params.channel] : undefined,
    userIds: member ? [member] : undefined,
    categories: params.category ? [params.category] : undefined,
  };
}

/** Volume & backlog, community and engagement of one report view (same range, zone and filters as the page). */
export async function loadCommunityReport(
  db: Db,
  q: {
    workspaceId: string;
    timezone: string;
    userId: string;
    role: Role;
    params: ReportParams;
    range: ReportRange;
    now?: Date;
  },
) {
  const { workspaceId, timezone, range } = q;
  const filters = communityFilters(q.params, q);
  const slice = { workspaceId, from: range.from, to: range.to, timezone, period: range.period, filters };
  const buckets = bucketsOf(range.firstDay, range.lastDay, range.period);
  const [volume, totals, mix, conversions, identities, top, followUp] = await Promise.all([
    volumeOverTime(db, { ...slice, buckets }),
    communityTotals(db, slice),
    categoryMix(db, { ...slice, buckets }),
    criticToFan(db, slice),
    engagementByIdentity(db, slice),
    topPosts(db, { ...slice, limit: 10 }),
    followUpRate(db, { ...slice, now: q.now }),
  ]);
  return {
    period: range.period,
    volume,
    community: { ...totals, criticToFan: conversions.length, conversions, mix },
    engagement: { identities, top, followUp, followUpByKind: followUpByKind(followUp) },
  };
}

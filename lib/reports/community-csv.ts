import { toCsv } from "./csv";
import type { CommunityReport } from "./load-community";

/** The community, volume and engagement tables the export route serves (next to the response-time tables). */
export const COMMUNITY_TABLES = [
  "volume",
  "category-mix",
  "conversions",
  "identity-engagement",
  "top-posts",
  "follow-up",
] as const;
export type CommunityTable = (typeof COMMUNITY_TABLES)[number];

export const isCommunityTable = (table: string): table is CommunityTable =>
  (COMMUNITY_TABLES as readonly string[]).includes(table);

const share = (value: number | null) => (value === null ? "" : Number(value.toFixed(4)));

/** One table as CSV: counts as numbers, shares from 0 to 1, instants in ISO 8601 (UTC); names neutralised by toCsv. */
export function communityCsv(table: CommunityTable, data: CommunityReport): string {
  switch (table) {
    case "volume":
      return toCsv(
        ["period", "inbound", "answered_brand", "answered_persona", "backlog_at_end"],
        data.volume.map((r) => [r.period, r.inbound, r.answeredBrand, r.answeredPersona, r.backlog]),
      );
    case "category-mix":
      return toCsv(
        ["period", "praise", "criticism", "question", "other"],
        data.community.mix.map((r) => [r.period, r.praise, r.criticism, r.question, r.other]),
      );
    case "conversions":
      return toCsv(
        ["contact_id", "contact", "handle", "first_criticism_at", "first_praise_at"],
        data.community.conversions.map((r) => [
          r.contactId,
          r.name,
          r.handle,
          r.criticisedAt.toISOString(),
          r.praisedAt.toISOString(),
        ]),
      );
    case "identity-engagement":
      return toCsv(
        ["identity_id", "identity", "kind", "posts", "impressions", "engagements", "engagement_rate"],
        data.engagement.identities.map((r) => [
          r.identityId,
          r.name,
          r.kind,
          r.posts,
          r.impressions,
          r.engagements,
          share(r.rate),
        ]),
      );
    case "top-posts":
      return toCsv(
        ["post_id", "identity", "kind", "published_at", "text", "impressions", "engagements", "engagement_rate"],
        data.engagement.top.map((r) => [
          r.postId,
          r.name,
          r.kind,
          r.publishedAt.toISOString(),
          r.body,
          r.impressions,
          r.engagements,
          share(r.rate),
        ]),
      );
    case "follow-up":
      return toCsv(
        ["identity_id", "identity", "kind", "replies", "followed_up", "follow_up_rate"],
        data.engagement.followUp.map((r) => [r.identityId, r.name, r.kind, r.replies, r.followedUp, share(r.rate)]),
      );
  }
}

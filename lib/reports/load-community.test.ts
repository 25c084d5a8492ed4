import { describe, expect, it } from "vitest";
import { communityCsv } from "./community-csv";
import { communityFilters, followUpByKind, type CommunityReport } from "./load-community";
import { reportParamsSchema } from "./params";

const SELF = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";

describe("communityFilters", () => {
  it("keeps another member's filter only for roles that see the team", () => {
    const params = reportParamsSchema.parse({ member: OTHER, kind: "persona" });
    expect(communityFilters(params, { userId: SELF, role: "manager" }).userIds).toEqual([OTHER]);
    expect(communityFilters(params, { userId: SELF, role: "analyst" }).userIds).toEqual([OTHER]);
    expect(communityFilters(params, { userId: SELF, role: "community_manager" })).toEqual({
      identityKind: "persona",
      identityIds: undefined,
      channelIds: undefined,
      userIds: undefined,
      categories: undefined,
    });
    const own = reportParamsSchema.parse({ member: SELF });
    expect(communityFilters(own, { userId: SELF, role: "community_manager" }).userIds).toEqual([SELF]);
  });
});

describe("followUpByKind", () => {
  it("adds counts per kind and divides once (never averages the identities' rates)", () => {
    const row = (kind: "brand" | "persona", replies: number, followedUp: number) => ({
      identityId: `${kind}${replies}`,
      name: kind,
      kind,
      replies,
      followedUp,
      rate: followedUp / replies,
    });
    expect(followUpByKind([row("brand", 10, 1), row("persona", 1, 1), row("persona", 9, 0)])).toEqual([
      { kind: "brand", replies: 10, followedUp: 1, rate: 0.1 },
      { kind: "persona", replies: 10, followedUp: 1, rate: 0.1 },
    ]);
  });
});

describe("communityCsv", () => {
  it("neutralises names and handles a spreadsheet would run (a handle starts with @)", () => {
    const data = {
      community: {
        conversions: [
          {
            contactId: "c1",
            name: "=HYPERLINK(1)",
            handle: "@x",
            criticisedAt: new Date("2026-04-01T00:00:00Z"),
            praisedAt: new Date("2026-04-02T00:00:00Z"),
            conversationId: "v1",
          },
        ],
      },
    } as unknown as CommunityReport;
    expect(communityCsv("conversions", data)).toBe(
      "contact_id,contact,handle,first_criticism_at,first_praise_at\r\n" +
        "c1,'=HYPERLINK(1),'@x,2026-04-01T00:00:00.000Z,2026-04-02T00:00:00.000Z\r\n",
    );
  });
});

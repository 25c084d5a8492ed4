import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bucketsOf } from "@/lib/reports/buckets";
import { rangeOf } from "@/lib/reports/params";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { addContact, addConversation, addResponse } from "../testing/report-builders";
import { workspaces } from "../schema";
import type { ResponseFilters } from "./reports-histograms";
import { volumeOverTime } from "./reports-volume";

const db = testDb();
let fx: WorkspaceFixture;
// Three local days in Vienna (UTC+2 in April): 2026-04-09T22:00Z … 2026-04-12T22:00Z.
const TZ = "Europe/Vienna";
const range = rangeOf("2026-04-10", "2026-04-12", TZ);

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Volume");
  // Before any response is written: the rollups count local days of the workspace's zone.
  await db.update(workspaces).set({ timezone: TZ }).where(eq(workspaces.id, fx.workspaceId));
  const contact = await addContact(db, fx, "Vera");
  const answered = async (kind: "brand" | "persona", inAt: string, outAt: string, routedTo = kind) => {
    const c = await addConversation(db, fx, {
      contactId: contact,
      routedTo,
      messages: [{ at: inAt }, { at: outAt, voice: kind }],
    });
    await addResponse(db, fx, {
      conversationId: c.id,
      messageId: c.messageIds[1]!,
      kind,
      waitStartedAt: inAt,
      respondedAt: outAt,
    });
  };
  // A: asked and answered by the brand on day 10.
  await answered("brand", "2026-04-10T08:00:00Z", "2026-04-10T09:00:00Z");
  // B: asked on day 9 (23:00 local, before the range), answered by the persona on day 11: waiting at the end of day 10.
  await answered("persona", "2026-04-09T21:00:00Z", "2026-04-11T07:00:00Z");
  // C: 01:30 local on day 11 (still the 10th in UTC), never answered, open.
  await addConversation(db, fx, {
    contactId: contact,
    status: "open",
    waitingSince: "2026-04-10T23:30:00Z",
    messages: [{ at: "2026-04-10T23:30:00Z" }],
  });
  // D: two inbound messages on day 11 (one wait), resolved without a reply: no backlog.
  await addConversation(db, fx, {
    contactId: contact,
    status: "resolved",
    waitingSince: "2026-04-11T10:00:00Z",
    messages: [{ at: "2026-04-11T10:00:00Z" }, { at: "2026-04-11T10:05:00Z" }],
  });
  // E: asked on day 12, answered by the brand after the range.
  await answered("brand", "2026-04-12T12:00:00Z", "2026-04-13T08:00:00Z");
});

const volume = (filters?: ResponseFilters) =>
  volumeOverTime(db, {
    workspaceId: fx.workspaceId,
    from: range.from,
    to: range.to,
    timezone: TZ,
    period: "day",
    buckets: bucketsOf(range.firstDay, range.lastDay, "day"),
    filters,
  });

describe("volumeOverTime", () => {
  it("counts inbound messages and answers per local day, and the backlog at each day's end", async () => {
    expect(await volume()).toEqual([
      { period: "2026-04-10", inbound: 1, answeredBrand: 1, answeredPersona: 0, backlog: 1 },
      { period: "2026-04-11", inbound: 3, answeredBrand: 0, answeredPersona: 1, backlog: 1 },
      { period: "2026-04-12", inbound: 1, answeredBrand: 0, answeredPersona: 0, backlog: 2 },
    ]);
  });

  it("filters by voice: answered waits by the answering voice, inbound and running waits by the routed one", async () => {
    expect(await volume({ identityKind: "persona" })).toEqual([
      { period: "2026-04-10", inbound: 0, answeredBrand: 0, answeredPersona: 0, backlog: 1 },
      { period: "2026-04-11", inbound: 0, answeredBrand: 0, answeredPersona: 1, backlog: 0 },
      { period: "2026-04-12", inbound: 0, answeredBrand: 0, answeredPersona: 0, backlog: 0 },
    ]);
  });

  it("sums a week into one bucket, its backlog taken at the week's end", async () => {
    const rows = await volumeOverTime(db, {
      workspaceId: fx.workspaceId,
      from: range.from,
      to: range.to,
      timezone: TZ,
      period: "week",
      buckets: bucketsOf(range.firstDay, range.lastDay, "week"),
    });
    expect(rows).toEqual([{ period: "2026-04-06", inbound: 5, answeredBrand: 1, answeredPersona: 1, backlog: 2 }]);
  });
});

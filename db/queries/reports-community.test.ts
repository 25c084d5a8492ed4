import { beforeAll, describe, expect, it } from "vitest";
import { bucketsOf } from "@/lib/reports/buckets";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { addContact, addConversation } from "../testing/report-builders";
import type { Category } from "../schema/enums";
import { categoryMix, communityTotals, criticToFan } from "./reports-community";
import type { ResponseFilters } from "./reports-histograms";

const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;
const APRIL = { from: new Date("2026-04-01T00:00:00Z"), to: new Date("2026-05-01T00:00:00Z"), timezone: "UTC" };
const slice = (filters?: ResponseFilters, w = () => fx) => ({
  workspaceId: w().workspaceId,
  ...APRIL,
  period: "week" as const,
  filters,
});

beforeAll(async () => {
  [fx, other] = await Promise.all([createWorkspaceFixture(db, "Community"), createWorkspaceFixture(db, "Noise")]);
  const say = async (contactId: string, category: Category, ...at: string[]) =>
    addConversation(db, fx, { contactId, category, messages: at.map((a) => ({ at: `2026-${a}:00Z` })) });
  // Pia writes on three distinct days of April (twice on the 2nd): returning.
  const pia = await addContact(db, fx, "Pia");
  await say(pia, "question", "04-02T08:00", "04-02T19:00");
  await say(pia, "question", "04-05T09:00", "04-09T09:00");
  // Quinn on two days only.
  const quinn = await addContact(db, fx, "Quinn");
  await say(quinn, "praise", "04-03T10:00", "04-04T10:00");
  // Rosa criticised in March and praises in April: converts in April.
  const rosa = await addContact(db, fx, "Rosa");
  await say(rosa, "criticism", "03-20T10:00");
  await say(rosa, "praise", "04-15T10:00");
  // Sam's first categorised message was praise: no conversion, whatever comes later.
  const sam = await addContact(db, fx, "Sam");
  await say(sam, "praise", "03-01T10:00");
  await say(sam, "criticism", "03-10T10:00");
  await say(sam, "praise", "04-16T10:00");
  // Tom's first message is uncategorised (other); his first categorised one is criticism: converts on the 20th.
  const tom = await addContact(db, fx, "=Tom");
  await say(tom, "other", "03-01T10:00");
  await say(tom, "criticism", "04-02T10:00");
  await say(tom, "praise", "04-20T10:00");
  // Uma converted in March; praising again in April is not a second conversion.
  const uma = await addContact(db, fx, "Uma");
  await say(uma, "criticism", "03-01T10:00");
  await say(uma, "praise", "03-15T10:00");
  await say(uma, "praise", "04-18T10:00");
  // Zoe writes on two UTC days, which are three days in Tokyo (UTC+9).
  const zoe = await addContact(db, fx, "Zoe");
  await say(zoe, "other", "04-06T10:00", "04-06T16:00", "04-07T16:00");
  // Another workspace's critic turned fan stays there.
  const noise = await addContact(db, other, "Noise");
  await addConversation(db, other, {
    contactId: noise,
    category: "criticism",
    messages: [{ at: "2026-04-01T10:00:00Z" }],
  });
  await addConversation(db, other, {
    contactId: noise,
    category: "praise",
    messages: [{ at: "2026-04-10T10:00:00Z" }],
  });
});

describe("communityTotals", () => {
  it("counts contacts who wrote in the period, and those who did on three or more days", async () => {
    expect(await communityTotals(db, slice())).toEqual({ uniqueContacts: 7, returningContacts: 1 });
  });

  it("applies the filters to the conversations", async () => {
    expect(await communityTotals(db, slice({ categories: ["criticism"] }))).toEqual({
      uniqueContacts: 1,
      returningContacts: 0,
    });
    expect(await communityTotals(db, slice({ identityKind: "persona" }))).toEqual({
      uniqueContacts: 0,
      returningContacts: 0,
    });
  });

  it("counts days in the workspace's zone", async () => {
    const tokyo = await communityTotals(db, { ...slice(), timezone: "Asia/Tokyo" });
    expect(tokyo).toEqual({ uniqueContacts: 7, returningContacts: 2 });
  });
});

describe("criticToFan", () => {
  it("finds contacts whose first categorised message was criticism, in the period of their first later praise", async () => {
    const rows = await criticToFan(db, slice());
    expect(rows.map((r) => [r.name, r.criticisedAt.toISOString(), r.praisedAt.toISOString()])).toEqual([
      ["Rosa", "2026-03-20T10:00:00.000Z", "2026-04-15T10:00:00.000Z"],
      ["=Tom", "2026-04-02T10:00:00.000Z", "2026-04-20T10:00:00.000Z"],
    ]);
  });

  it("counts Uma in March, once, and ignores the category filter", async () => {
    const march = await criticToFan(db, { ...slice(), from: new Date("2026-03-01T00:00:00Z"), to: APRIL.from });
    expect(march.map((r) => r.name)).toEqual(["Uma"]);
    expect((await criticToFan(db, slice({ categories: ["question"] }))).map((r) => r.name)).toEqual(["Rosa", "=Tom"]);
  });

  it("sees only the workspace's own contacts", async () => {
    expect(
      (
        await criticToFan(
          db,
          slice(undefined, () => other),
        )
      ).map((r) => r.name),
    ).toEqual(["Noise"]);
  });
});

describe("categoryMix", () => {
  it("counts new conversations per Monday week and category, empty weeks included", async () => {
    const rows = await categoryMix(db, { ...slice(), buckets: bucketsOf("2026-04-01", "2026-04-30", "week") });
    const zero = { praise: 0, criticism: 0, question: 0, other: 0 };
    expect(rows).toEqual([
      // 2026-04-05 is a Sunday: Pia's second conversation is still in the week of 30 March.
      { period: "2026-03-30", ...zero, question: 2, praise: 1, criticism: 1 },
      { period: "2026-04-06", ...zero, other: 1 },
      { period: "2026-04-13", ...zero, praise: 3 },
      { period: "2026-04-20", ...zero, praise: 1 },
      { period: "2026-04-27", ...zero },
    ]);
  });
});

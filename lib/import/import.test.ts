import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { confirmPersonaSuggestion, listPersonaSuggestions } from "@/db/queries/import-personas";
import { createImportRun } from "@/db/queries/import-stage";
import { channels, conversations, messages, responses } from "@/db/schema";
import { createWorkspaceFixture, testDb } from "@/db/testing/fixtures";
import { executeImportRun } from "./execute";
import type { ImportFormat } from "./formats";

const db = testDb();
const TWCS = "test/fixtures/import/twcs-small.csv";

async function importFile(workspace: { workspaceId: string; slug: string }, format: ImportFormat, file: string) {
  const run = await createImportRun(db, {
    workspaceId: workspace.workspaceId,
    userId: null,
    format,
    fileName: file,
    bytesTotal: 0,
  });
  return executeImportRun(db, {
    workspaceId: workspace.workspaceId,
    workspaceSlug: workspace.slug,
    runId: run.id,
    format,
    file: fs.createReadStream(file),
  });
}

async function threadOf(workspaceId: string, handle: string, externalId: string) {
  const [channel] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.workspaceId, workspaceId), eq(channels.handle, handle)));
  const [message] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.channelId, channel!.id), eq(messages.externalId, externalId)));
  const [conversation] = await db.select().from(conversations).where(eq(conversations.id, message!.conversationId));
  const thread = await db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversation!.id))
    .orderBy(messages.sentAt);
  const facts = await db
    .select()
    .from(responses)
    .where(eq(responses.conversationId, conversation!.id))
    .orderBy(responses.respondedAt);
  return { channel: channel!, conversation: conversation!, ids: thread.map((m) => m.externalId), thread, facts };
}

describe("twcs import", () => {
  it("imports the fixture, reports what it skipped and why, and a re-run changes nothing", async () => {
    const workspace = await createWorkspaceFixture(db);
    const first = await importFile(workspace, "twcs", TWCS);
    if (!first.ok) throw new Error(first.error);
    const { summary, rowErrors } = first.result;
    expect(summary.rowsRead).toBe(20);
    expect(summary.skipped).toEqual({ duplicate: 1, invalid_date: 1, malformed_row: 1, reply_before_parent: 1 });
    expect(summary.imported).toBe(16);
    expect(summary.ignoredColumns).toEqual(["#1", "extra"]);
    expect(rowErrors.map((e) => e.reason)).toEqual(["reply_before_parent", "invalid_date", "malformed_row"]);
    const virgin = summary.channels.find((c) => c.handle === "VirginTrains")!;
    expect(virgin).toMatchObject({ replies: 3, signedReplies: 3, signedShare: 1, personas: [{ replies: 3 }] });

    const again = await importFile(workspace, "twcs", TWCS);
    if (!again.ok) throw new Error(again.error);
    expect(again.result.summary.imported).toBe(0);
    expect(again.result.summary.skipped.duplicate).toBe(17);
    expect(again.result.conversationsCreated).toBe(0);
  });

  it("rebuilds threads: split by brand, missing parents, response times by the metric definition", async () => {
    const workspace = await createWorkspaceFixture(db);
    const done = await importFile(workspace, "twcs", TWCS);
    expect(done.ok).toBe(true);
    const a = await threadOf(workspace.workspaceId, "VirginTrains", "1");
    expect(a.ids).toEqual(["1", "2", "3", "4"]);
    expect(a.conversation.status).toBe("resolved");
    expect(a.channel.platform).toBe("x");
    expect(a.facts.map((f) => [f.responseSeconds, f.isFirst, f.userId])).toEqual([
      [600, true, null],
      [1800, false, null],
    ]);
    // One opening question, two brands: each brand's conversation holds it and its own branch.
    const apple = await threadOf(workspace.workspaceId, "AppleSupport", "10");
    const trains = await threadOf(workspace.workspaceId, "VirginTrains", "10");
    expect(apple.ids).toEqual(["10", "11"]);
    expect(trains.ids).toEqual(["10", "12", "13"]);
    expect(trains.conversation.status).toBe("open");
    expect(trains.conversation.waitingSince?.toISOString()).toBe("2017-10-11T09:40:00.000Z");
    // A reply whose parent is not in the file starts a conversation without a wait.
    const orphan = await threadOf(workspace.workspaceId, "AppleSupport", "20");
    expect(orphan.facts).toHaveLength(0);
    expect(orphan.conversation.waitingSince).toBeNull();
    // An unanswered question goes to the brand account it addresses.
    const unanswered = await threadOf(workspace.workspaceId, "AppleSupport", "41");
    expect(unanswered.conversation.status).toBe("open");
    // A reply signed with an existing persona's sign-off speaks as that persona.
    const tess = await threadOf(workspace.workspaceId, "AppleSupport", "60");
    expect(tess.facts[0]).toMatchObject({
      identityId: workspace.identities.persona,
      identityKind: "persona",
      responseSeconds: 120,
    });
  });

  it("suggests personas for sign-offs on ≥ 3 replies, and confirming re-attributes the replies", async () => {
    const workspace = await createWorkspaceFixture(db);
    await importFile(workspace, "twcs", TWCS);
    const suggestions = await listPersonaSuggestions(db, { workspaceId: workspace.workspaceId });
    expect(suggestions.map((s) => [s.channelHandle, s.signOff.toLowerCase(), s.replies]).sort()).toEqual([
      ["AppleSupport", "-becky", 3],
      ["VirginTrains", "^mm", 3],
    ]);
    const mm = suggestions.find((s) => s.channelHandle === "VirginTrains")!;
    const confirmed = await confirmPersonaSuggestion(db, {
      workspaceId: workspace.workspaceId,
      actorUserId: workspace.users.admin.id,
      suggestionId: mm.id,
      displayName: "Mia M.",
      signOff: "^MM",
    });
    if (!confirmed.ok) throw new Error(confirmed.code);
    expect(confirmed.value.replies).toBe(3);
    const a = await threadOf(workspace.workspaceId, "VirginTrains", "1");
    expect(a.facts.every((f) => f.identityId === confirmed.value.identityId && f.identityKind === "persona")).toBe(
      true,
    );
    const again = await confirmPersonaSuggestion(db, {
      workspaceId: workspace.workspaceId,
      actorUserId: workspace.users.admin.id,
      suggestionId: mm.id,
      displayName: "X",
      signOff: "^X",
    });
    expect(again.ok).toBe(false);
  });

  it("refuses a file without the required columns and names them", async () => {
    const workspace = await createWorkspaceFixture(db);
    const result = await importFile(workspace, "twcs", "test/fixtures/import/missing-columns.csv");
    expect(result).toMatchObject({ ok: false, code: "missing_columns", columns: ["inbound", "created_at"] });
  });
});

describe("native import", () => {
  it("reads JSON Lines, lists unknown fields and reports broken lines", async () => {
    const workspace = await createWorkspaceFixture(db);
    const result = await importFile(workspace, "native", "test/fixtures/import/native.jsonl");
    if (!result.ok) throw new Error(result.error);
    expect(result.result.summary).toMatchObject({
      rowsRead: 4,
      imported: 3,
      skipped: { malformed_row: 1 },
      ignoredColumns: ["mood"],
    });
    const thread = await threadOf(workspace.workspaceId, "shop", "n1");
    expect(thread.channel.platform).toBe("instagram");
    expect(thread.facts.map((f) => f.responseSeconds)).toEqual([1800]);
  });
});

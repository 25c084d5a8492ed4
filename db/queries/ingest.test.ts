import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "../testing/fixtures";
import { contacts, conversations, messages, responses } from "../schema";
import { ingestEvents } from "./ingest";

const db = testDb();
let fx: WorkspaceFixture;
beforeAll(async () => {
  fx = await createWorkspaceFixture(db);
});

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
function inbound(externalId: string, extra: Record<string, unknown> = {}) {
  return {
    externalId,
    direction: "inbound",
    kind: "comment",
    text: `Hello ${externalId}`,
    createdAt: at(10),
    author: { id: "42", handle: `@c_${externalId}`, name: "Casey" },
    ...extra,
  };
}
const ingest = (events: unknown[]) =>
  ingestEvents(db, { workspaceId: fx.workspaceId, channelId: fx.channelId, events }).then((r) => {
    if (!r.ok) throw new Error(r.code);
    return r.value;
  });

describe("ingestEvents", () => {
  it("creates a conversation, its contact and a waiting clock; a repeat is a duplicate", async () => {
    const id = uniqueTag();
    const [first] = await ingest([inbound(id)]);
    expect(first).toMatchObject({ externalId: id, status: "created" });
    const [again] = await ingest([inbound(id)]);
    expect(again).toEqual({ externalId: id, status: "duplicate", conversationId: first!.conversationId });
    const [conversation] = await db.select().from(conversations).where(eq(conversations.id, first!.conversationId!));
    expect(conversation).toMatchObject({ status: "open", kind: "comment", identityId: fx.identities.brand });
    expect(conversation!.waitingSince).not.toBeNull();
    expect(conversation!.slaDueAt!.getTime()).toBe(conversation!.waitingSince!.getTime() + 240 * 60_000);
    const [contact] = await db.select().from(contacts).where(eq(contacts.id, conversation!.contactId));
    expect(contact).toMatchObject({ handle: `@c_${id}`, displayName: "Casey" });
  });

  it("rejects invalid events with a reason and keeps the others; a repeat inside the batch is a duplicate", async () => {
    const id = uniqueTag();
    const results = await ingest([
      inbound(id),
      { ...inbound(`${id}b`), direction: "sideways" },
      { ...inbound(`${id}c`), text: undefined },
      { ...inbound(`${id}d`), text: "nul \u0000 byte" },
      inbound(id),
      "not an object",
      inbound(`${id}e`, { createdAt: "2999-01-01T00:00:00Z" }),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      "created",
      "rejected",
      "rejected",
      "rejected",
      "duplicate",
      "rejected",
      "rejected",
    ]);
    expect(results[6]!.reason).toBe("createdAt: out of range");
    expect(results[1]!.reason).toMatch(/^direction/);
    expect(results[2]!.reason).toBe("text: required");
    expect(results[4]!.conversationId).toBe(results[0]!.conversationId);
  });

  it("threads by inReplyTo, counts an outbound answer as a response of the signing persona, and reopens", async () => {
    const id = uniqueTag();
    const [start] = await ingest([inbound(id, { createdAt: at(60) })]);
    const conversationId = start!.conversationId!;
    const [answer] = await ingest([
      {
        ...inbound(`${id}-r`),
        direction: "outbound",
        author: { id: "brand", handle: "@brand" },
        text: "On its way! -Tess https://t.co/x",
        inReplyTo: id,
        createdAt: at(30),
      },
    ]);
    expect(answer).toMatchObject({ status: "created", conversationId });
    const [response] = await db.select().from(responses).where(eq(responses.conversationId, conversationId));
    expect(response).toMatchObject({ identityId: fx.identities.persona, identityKind: "persona", isFirst: true });
    expect(response!.responseSeconds).toBeGreaterThanOrEqual(30 * 60 - 2);
    expect(response!.responseSeconds).toBeLessThanOrEqual(30 * 60 + 2);

    await db.update(conversations).set({ status: "resolved" }).where(eq(conversations.id, conversationId));
    const [followUp] = await ingest([inbound(`${id}-f`, { inReplyTo: `${id}-r`, createdAt: at(5) })]);
    expect(followUp).toMatchObject({ status: "created", conversationId });
    const [row] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(row!.status).toBe("open");
    expect(row!.waitingSince!.toISOString()).toBe(at(5).slice(0, 17) + row!.waitingSince!.toISOString().slice(17));
    expect(row!.version).toBeGreaterThan(1);
  });

  it("refuses an outbound event without a known parent and an unknown channel", async () => {
    const [r] = await ingest([{ ...inbound(uniqueTag()), direction: "outbound" }]);
    expect(r).toMatchObject({ status: "rejected" });
    const other = await createWorkspaceFixture(db);
    const refused = await ingestEvents(db, { workspaceId: fx.workspaceId, channelId: other.channelId, events: [] });
    expect(refused).toMatchObject({ ok: false, code: "not_found" });
  });

  it("stores one row when many identical batches arrive at once", async () => {
    const tag = uniqueTag();
    const batch = Array.from({ length: 40 }, (_, i) =>
      inbound(`${tag}-${i}`, { inReplyTo: i % 2 ? `${tag}-${i - 1}` : undefined }),
    );
    const runs = await Promise.all(Array.from({ length: 12 }, () => ingest(batch)));
    const ids = batch.map((e) => e.externalId);
    const [{ n }] = (await db
      .select({ n: sql<number>`count(*)::int` })
      .from(messages)
      .where(and(eq(messages.channelId, fx.channelId), inArray(messages.externalId, ids)))) as [{ n: number }];
    expect(n).toBe(40);
    const created = runs.flat().filter((r) => r.status === "created").length;
    expect(created).toBe(40);
    const orphans = await db.execute(
      sql`select 1 from conversations c where c.workspace_id = ${fx.workspaceId} and not exists (select 1 from messages m where m.conversation_id = c.id)`,
    );
    expect(orphans.length).toBe(0);
  });
});

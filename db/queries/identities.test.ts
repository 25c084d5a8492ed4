import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../schema/enums";
import { identities, identityOperators, memberships, messages, posts, responses } from "../schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "../testing/fixtures";
import { listIdentities, listVoicesForUser } from "./identities";
import type { DbOrTx } from "../connect";
import { addOperator, createPersona, handoverPersona, setPersonaStatus, updateIdentity } from "./identity-changes";
import { removeMember, setMemberDeactivated } from "./members";

const db = testDb();
let a: WorkspaceFixture;
let b: WorkspaceFixture;

beforeAll(async () => {
  [a, b] = await Promise.all([createWorkspaceFixture(db, "Identities A"), createWorkspaceFixture(db, "Identities B")]);
});

async function persona(fx: WorkspaceFixture, operators: string[] = []) {
  const [row] = await db
    .insert(identities)
    .values({ workspaceId: fx.workspaceId, kind: "persona", displayName: `P ${uniqueTag()}`, signOff: "-P" })
    .returning();
  for (const userId of operators)
    await db.insert(identityOperators).values({ workspaceId: fx.workspaceId, identityId: row!.id, userId });
  return row!;
}
const operatorsOf = async (id: string) =>
  (await db.select().from(identityOperators).where(eq(identityOperators.identityId, id))).map((r) => r.userId);

/**
 * Runs `hold` in a transaction that keeps some locks, starts `contenders` and commits only once `waiting` of them
 * are blocked by it (or after 5 s, if they never block) — so they all pass their reads before any of them writes.
 */
async function whileHolding<T>(
  hold: (tx: DbOrTx) => Promise<unknown>,
  contenders: () => Promise<T>[],
  waiting: number,
) {
  let started: Promise<PromiseSettledResult<T>[]> | undefined;
  await db.transaction(async (tx) => {
    await hold(tx);
    started = Promise.allSettled(contenders());
    for (let tries = 0; tries < 100; tries++) {
      // pg_stat_activity is read once per transaction unless the snapshot is cleared.
      await tx.execute(sql`select pg_stat_clear_snapshot()`);
      // A second waiter on the same row queues behind the first, so follow the whole chain of waiters.
      const [row] = await tx.execute<{ blocked: number }>(sql`
        with recursive waiter(pid) as (
          select pid from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))
          union select a.pid from pg_stat_activity a join waiter w on w.pid = any(pg_blocking_pids(a.pid))
        ) select count(*)::int as blocked from waiter`);
      if (row!.blocked >= waiting) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return started!;
}
const values = (displayName: string, handle: string | null) => ({
  displayName,
  handle,
  bio: "",
  languages: [],
  voiceGuide: { tone: "", use: [], avoid: [], banned: [] },
  signOff: "-X",
  disclosure: null,
});

describe("listVoicesForUser", () => {
  it("brand by role, personas by operatorship, never a retired persona, never another workspace", async () => {
    const cm = a.users.community_manager.id;
    const retired = await persona(a, [cm]);
    await setPersonaStatus(db, { workspaceId: a.workspaceId, identityId: retired.id, status: "retired" });
    for (const role of ROLES) {
      const userId = a.users[role].id;
      const voices = (await listVoicesForUser(db, { workspaceId: a.workspaceId, userId, role })).map((v) => v.id);
      const brand = ["admin", "manager", "social_media_manager"].includes(role);
      expect(voices, role).toEqual([
        ...(brand ? [a.identities.brand] : []),
        ...(role === "community_manager" ? [a.identities.persona] : []),
      ]);
    }
    // Operating a persona in A gives nothing in B.
    expect(await listVoicesForUser(db, { workspaceId: b.workspaceId, userId: cm, role: "community_manager" })).toEqual(
      [],
    );
  });
});

describe("handoverPersona", () => {
  it("moves the persona from A to B in one step and keeps its history", async () => {
    const from = a.users.community_manager.id;
    const to = a.users.social_media_manager.id;
    const p = await persona(a, [from, a.users.manager.id]);
    const [sent] = await db
      .insert(messages)
      .values({
        workspaceId: a.workspaceId,
        conversationId: a.conversationId,
        channelId: a.channelId,
        direction: "outbound",
        body: "Hi -P",
        identityId: p.id,
        authorUserId: from,
        externalId: `out-${uniqueTag()}`,
      })
      .returning();

    const result = await db.transaction((tx) =>
      handoverPersona(tx, { workspaceId: a.workspaceId, identityId: p.id, fromUserId: from, toUserId: to }),
    );

    expect(result).toMatchObject({ ok: true, value: { from: { id: from }, to: { id: to } } });
    expect((await operatorsOf(p.id)).sort()).toEqual([a.users.manager.id, to].sort());
    const [kept] = await db.select().from(messages).where(eq(messages.id, sent!.id));
    expect(kept).toMatchObject({ identityId: p.id, authorUserId: from });
  });

  it("works when the outgoing operator has already left the workspace", async () => {
    const leaver = a.users.community_manager.id;
    const p = await persona(a, [leaver]);
    const [gone] = await db.delete(memberships).where(eq(memberships.userId, leaver)).returning();
    try {
      const result = await handoverPersona(db, {
        workspaceId: a.workspaceId,
        identityId: p.id,
        fromUserId: leaver,
        toUserId: a.users.manager.id,
      });
      expect(result.ok).toBe(true);
      expect(await operatorsOf(p.id)).toEqual([a.users.manager.id]);
    } finally {
      await db.insert(memberships).values(gone!);
    }
  });

  it("refuses a non-operator as source, a foreign user as target and a foreign persona, changing nothing", async () => {
    const p = await persona(a, [a.users.community_manager.id]);
    const scope = { workspaceId: a.workspaceId, identityId: p.id };
    expect(
      await handoverPersona(db, { ...scope, fromUserId: a.users.analyst.id, toUserId: a.users.manager.id }),
    ).toEqual({
      ok: false,
      code: "bad_request",
      fields: { fromUserId: [{ key: "identities.fieldErrors.notOperator" }] },
    });
    expect(
      await handoverPersona(db, { ...scope, fromUserId: a.users.community_manager.id, toUserId: b.users.analyst.id }),
    ).toEqual({ ok: false, code: "not_found" });
    expect(
      await handoverPersona(db, {
        workspaceId: a.workspaceId,
        identityId: b.identities.persona,
        fromUserId: b.users.community_manager.id,
        toUserId: a.users.analyst.id,
      }),
    ).toEqual({ ok: false, code: "not_found" });
    expect(await operatorsOf(p.id)).toEqual([a.users.community_manager.id]);
    expect(await operatorsOf(b.identities.persona)).toEqual([b.users.community_manager.id]);
  });

  it("refuses a hand-over to the current operator and to a role that cannot reply (an analyst), changing nothing", async () => {
    const from = a.users.community_manager.id;
    const p = await persona(a, [from]);
    const scope = { workspaceId: a.workspaceId, identityId: p.id, fromUserId: from };
    expect(await db.transaction((tx) => handoverPersona(tx, { ...scope, toUserId: from }))).toEqual({
      ok: false,
      code: "bad_request",
      fields: { toUserId: [{ key: "identities.fieldErrors.sameOperator" }] },
    });
    expect(await db.transaction((tx) => handoverPersona(tx, { ...scope, toUserId: a.users.analyst.id }))).toEqual({
      ok: false,
      code: "bad_request",
      fields: { toUserId: [{ key: "identities.fieldErrors.cannotSpeak" }] },
    });
    expect(await operatorsOf(p.id)).toEqual([from]);
  });

  it("of two concurrent hand-overs of the same operator (A→B, A→C) exactly one succeeds", async () => {
    const from = a.users.community_manager.id;
    const targets = [a.users.manager.id, a.users.social_media_manager.id];
    const p = await persona(a, [from]);
    const handover = (toUserId: string) =>
      db.transaction((tx) =>
        handoverPersona(tx, { workspaceId: a.workspaceId, identityId: p.id, fromUserId: from, toUserId }),
      );
    // Holding A's operator row lets both hand-overs get past their reads and wait at the same row before either writes.
    const holdFromRow = (tx: DbOrTx) =>
      tx
        .select()
        .from(identityOperators)
        .where(and(eq(identityOperators.identityId, p.id), eq(identityOperators.userId, from)))
        .for("update");

    const results = await whileHolding(holdFromRow, () => targets.map(handover), 2);

    const outcomes = results.map((r) => (r.status === "fulfilled" ? r.value : r.reason));
    expect(outcomes.filter((o) => o.ok === true)).toHaveLength(1);
    expect(outcomes.filter((o) => o.ok === false)).toEqual([
      { ok: false, code: "bad_request", fields: { fromUserId: [{ key: "identities.fieldErrors.notOperator" }] } },
    ]);
    const winner = targets[outcomes.findIndex((o) => o.ok === true)]!;
    expect(await operatorsOf(p.id)).toEqual([winner]);
  });
});

describe("addOperator and leaving members", () => {
  let c: WorkspaceFixture;
  beforeAll(async () => {
    c = await createWorkspaceFixture(db, "Identities C");
  });
  const add = (userId: string, identityId: string) =>
    db.transaction((tx) => addOperator(tx, { workspaceId: c.workspaceId, identityId, userId }));

  it("a member whose role cannot reply (an analyst) cannot become an operator; the others can", async () => {
    const p = await persona(c);
    expect(await add(c.users.analyst.id, p.id)).toEqual({
      ok: false,
      code: "bad_request",
      fields: { userId: [{ key: "identities.fieldErrors.cannotSpeak" }] },
    });
    expect(await add(c.users.community_manager.id, p.id)).toMatchObject({ ok: true, value: { changed: true } });
    expect(await operatorsOf(p.id)).toEqual([c.users.community_manager.id]);
  });

  it("a deactivated or removed member cannot become an operator", async () => {
    const p = await persona(c);
    const change = { workspaceId: c.workspaceId, actorUserId: c.users.admin.id };
    await db.transaction((tx) =>
      setMemberDeactivated(tx, { ...change, userId: c.users.analyst.id, deactivated: true }),
    );
    await db.transaction((tx) => removeMember(tx, { ...change, userId: c.users.social_media_manager.id }));

    expect(await add(c.users.analyst.id, p.id)).toEqual({ ok: false, code: "not_found" });
    expect(await add(c.users.social_media_manager.id, p.id)).toEqual({ ok: false, code: "not_found" });
    expect(await operatorsOf(p.id)).toEqual([]);
  });

  it("adding an operator while the member is being removed leaves no operator row behind", async () => {
    const p = await persona(c);
    const leaver = c.users.community_manager.id;
    // The removal holds the membership (FOR UPDATE) and deletes it; addOperator waits for it, then finds no member.
    const remove = (tx: DbOrTx) =>
      removeMember(tx, { workspaceId: c.workspaceId, actorUserId: c.users.admin.id, userId: leaver });

    const [result] = await whileHolding(remove, () => [add(leaver, p.id)], 1);

    expect(result).toEqual({ status: "fulfilled", value: { ok: false, code: "not_found" } });
    expect(await operatorsOf(p.id)).toEqual([]);
  });
});

describe("setPersonaStatus", () => {
  it("retires a persona: still listed and marked, no longer a voice; reactivation brings it back", async () => {
    const cm = a.users.community_manager.id;
    const p = await persona(a, [cm]);
    const voices = async () =>
      (await listVoicesForUser(db, { workspaceId: a.workspaceId, userId: cm, role: "community_manager" })).map(
        (v) => v.id,
      );
    expect(await voices()).toContain(p.id);

    expect(
      await setPersonaStatus(db, { workspaceId: a.workspaceId, identityId: p.id, status: "retired" }),
    ).toMatchObject({ ok: true, value: { changed: true } });
    expect(await voices()).not.toContain(p.id);
    const listed = (await listIdentities(db, { workspaceId: a.workspaceId })).find((i) => i.id === p.id);
    expect(listed).toMatchObject({ status: "retired", operators: [{ userId: cm }] });

    expect(
      await setPersonaStatus(db, { workspaceId: a.workspaceId, identityId: p.id, status: "retired" }),
    ).toMatchObject({ ok: true, value: { changed: false } });
    await setPersonaStatus(db, { workspaceId: a.workspaceId, identityId: p.id, status: "active" });
    expect(await voices()).toContain(p.id);
  });

  it("never retires the brand, nor another workspace's persona", async () => {
    expect(
      await setPersonaStatus(db, { workspaceId: a.workspaceId, identityId: a.identities.brand, status: "retired" }),
    ).toEqual({
      ok: false,
      code: "bad_request",
      fields: { identityId: [{ key: "identities.fieldErrors.brandCannotRetire" }] },
    });
    expect(
      await setPersonaStatus(db, { workspaceId: a.workspaceId, identityId: b.identities.persona, status: "retired" }),
    ).toEqual({ ok: false, code: "not_found" });
    const [brand] = await db.select().from(identities).where(eq(identities.id, a.identities.brand));
    expect(brand!.status).toBe("active");
  });
});

describe("createPersona / updateIdentity", () => {
  it("refuses a handle another persona uses (any case), allows the brand's handle for several personas, and catches stale versions", async () => {
    const tag = uniqueTag();
    const first = await db.transaction((tx) =>
      createPersona(tx, { workspaceId: a.workspaceId, values: values("First", `@Same_${tag}`) }),
    );
    expect(first.ok).toBe(true);
    expect(
      await db.transaction((tx) =>
        createPersona(tx, { workspaceId: a.workspaceId, values: values("Second", `@same_${tag}`) }),
      ),
    ).toEqual({ ok: false, code: "bad_request", fields: { handle: [{ key: "identities.fieldErrors.handleTaken" }] } });
    // Another workspace may use it; the brand account's handle may be shown by a persona answering through it.
    expect(
      (
        await db.transaction((tx) =>
          createPersona(tx, { workspaceId: b.workspaceId, values: values("Elsewhere", `@same_${tag}`) }),
        )
      ).ok,
    ).toBe(true);
    // The fixture's persona already shows the brand's handle; a second persona answering through the brand may too.
    expect(
      (
        await db.transaction((tx) =>
          createPersona(tx, { workspaceId: a.workspaceId, values: values("Via brand", `@BRAND_${a.tag}`) }),
        )
      ).ok,
    ).toBe(true);

    const id = first.ok ? first.value.id : "";
    const scope = { workspaceId: a.workspaceId, identityId: id };
    const saved = await updateIdentity(db, { ...scope, version: 1, values: values("First renamed", `@same_${tag}`) });
    expect(saved).toMatchObject({ ok: true, value: { displayName: "First renamed", version: 2 } });
    expect(await updateIdentity(db, { ...scope, version: 1, values: values("Lost update", null) })).toEqual({
      ok: false,
      code: "conflict",
    });
    expect(
      await updateIdentity(db, {
        workspaceId: b.workspaceId,
        identityId: id,
        version: 2,
        values: values("Foreign", null),
      }),
    ).toEqual({ ok: false, code: "not_found" });
  });

  it("the brand never keeps a sign-off", async () => {
    const [brand] = await db.select().from(identities).where(eq(identities.id, b.identities.brand));
    const result = await updateIdentity(db, {
      workspaceId: b.workspaceId,
      identityId: brand!.id,
      version: brand!.version,
      values: values("Brand B", null),
    });
    expect(result).toMatchObject({ ok: true, value: { signOff: null } });
  });
});

describe("listIdentities activity", () => {
  it("counts last-30-day replies by people, the median response time and published posts per identity", async () => {
    const now = new Date();
    const p = await persona(b);
    const ago = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const sent = await db
      .insert(messages)
      .values(
        [1, 2, 3, 40].map((days, i) => ({
          workspaceId: b.workspaceId,
          conversationId: b.conversationId,
          channelId: b.channelId,
          direction: "outbound" as const,
          body: `r${i}`,
          identityId: p.id,
          externalId: `act-${uniqueTag()}-${i}`,
          sentAt: ago(days),
        })),
      )
      .returning();
    await db.insert(messages).values({
      workspaceId: b.workspaceId,
      conversationId: b.conversationId,
      channelId: b.channelId,
      direction: "outbound",
      body: "auto",
      identityId: p.id,
      automated: true,
      sentAt: ago(1),
    });
    // Response times 60 s, 120 s, 600 s inside the window and 5 s outside: median 120 s.
    await db.insert(responses).values(
      [60, 120, 600, 5].map((seconds, i) => ({
        workspaceId: b.workspaceId,
        conversationId: b.conversationId,
        messageId: sent[i]!.id,
        identityId: p.id,
        identityKind: "persona" as const,
        channelId: b.channelId,
        priority: "normal" as const,
        waitStartedAt: ago([1, 2, 3, 40][i]!),
        respondedAt: ago([1, 2, 3, 40][i]!),
        responseSeconds: seconds,
        isFirst: i === 0,
      })),
    );
    await db.insert(posts).values([
      { workspaceId: b.workspaceId, identityId: p.id, body: "live", status: "published", publishedAt: ago(5) },
      { workspaceId: b.workspaceId, identityId: p.id, body: "old", status: "published", publishedAt: ago(45) },
      { workspaceId: b.workspaceId, identityId: p.id, body: "draft", status: "draft" },
    ]);

    const listed = await listIdentities(db, { workspaceId: b.workspaceId, now });
    expect(listed.find((i) => i.id === p.id)!.activity).toEqual({ replies: 3, medianResponseSeconds: 120, posts: 1 });
    expect(listed.find((i) => i.id === b.identities.brand)!.activity).toEqual({
      replies: 0,
      medianResponseSeconds: null,
      posts: 0,
    });
  });
});

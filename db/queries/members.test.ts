import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DbOrTx } from "../connect";
import { identityOperators, memberships, users } from "../schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { changeMemberRole, listMembers, removeMember, setMemberDeactivated } from "./members";
import { getMembership, listMembershipsForUser } from "./memberships";

const db = testDb();
const LAST_ADMIN = { ok: false, code: "conflict", fields: { userId: [{ key: "members.errors.lastAdmin" }] } };
const SELF = { ok: false, code: "conflict", fields: { userId: [{ key: "members.errors.self" }] } };
let foreign: WorkspaceFixture;

beforeAll(async () => {
  foreign = await createWorkspaceFixture(db, "Members foreign");
});

async function roleOf(workspaceId: string, userId: string) {
  const [row] = await db
    .select({ role: memberships.role, deactivatedAt: memberships.deactivatedAt })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row;
}

describe("last admin", () => {
  it("cannot be demoted, deactivated or removed; nothing is written", async () => {
    const fx = await createWorkspaceFixture(db);
    const base = { workspaceId: fx.workspaceId, actorUserId: fx.users.manager.id, userId: fx.users.admin.id };
    const results = await Promise.all([
      db.transaction((tx) => changeMemberRole(tx, { ...base, role: "manager" })),
      db.transaction((tx) => setMemberDeactivated(tx, { ...base, deactivated: true })),
      db.transaction((tx) => removeMember(tx, base)),
    ]);
    expect(results).toEqual([LAST_ADMIN, LAST_ADMIN, LAST_ADMIN]);
    expect(await roleOf(fx.workspaceId, fx.users.admin.id)).toEqual({ role: "admin", deactivatedAt: null });
  });

  it("can be changed once there is another active admin, and then the other one is the last", async () => {
    const fx = await createWorkspaceFixture(db);
    const { workspaceId } = fx;
    const admin = fx.users.admin.id;
    const manager = fx.users.manager.id;
    expect(
      await db.transaction((tx) =>
        changeMemberRole(tx, { workspaceId, actorUserId: admin, userId: manager, role: "admin" }),
      ),
    ).toEqual({
      ok: true,
      value: { from: "manager" },
    });
    expect(
      await db.transaction((tx) =>
        changeMemberRole(tx, { workspaceId, actorUserId: manager, userId: admin, role: "analyst" }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await db.transaction((tx) =>
        setMemberDeactivated(tx, { workspaceId, actorUserId: admin, userId: manager, deactivated: true }),
      ),
    ).toEqual({
      ...LAST_ADMIN,
    });
  });

  it("a deactivated admin does not count as the other admin", async () => {
    const fx = await createWorkspaceFixture(db);
    const { workspaceId } = fx;
    await db
      .update(memberships)
      .set({ role: "admin", deactivatedAt: new Date() })
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, fx.users.manager.id)));
    const result = await db.transaction((tx) =>
      removeMember(tx, { workspaceId, actorUserId: fx.users.manager.id, userId: fx.users.admin.id }),
    );
    expect(result).toEqual(LAST_ADMIN);
  });

  it("two concurrent requests cannot take away both of the last two admins", async () => {
    const fx = await createWorkspaceFixture(db);
    const { workspaceId } = fx;
    const a = fx.users.admin.id;
    const b = fx.users.manager.id;
    await db
      .update(memberships)
      .set({ role: "admin" })
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, b)));

    // The first transaction holds its locks for a while after its change; the second starts meanwhile. Without
    // the FOR UPDATE lock the second would read both admins as active and pass too.
    let firstChanged!: () => void;
    const changed = new Promise<void>((resolve) => (firstChanged = resolve));
    const first = db.transaction(async (tx) => {
      const result = await setMemberDeactivated(tx, { workspaceId, actorUserId: b, userId: a, deactivated: true });
      firstChanged();
      await tx.execute(sql`select pg_sleep(0.3)`);
      return result;
    });
    await changed;
    const second = db.transaction((tx) =>
      changeMemberRole(tx, { workspaceId, actorUserId: a, userId: b, role: "manager" }),
    );
    expect(await Promise.all([first, second])).toEqual([{ ok: true, value: null }, LAST_ADMIN]);
    const admins = (await listMembers(db, { workspaceId })).filter((m) => m.role === "admin" && m.active);
    expect(admins.map((m) => m.userId)).toEqual([b]);
  });
});

describe("tenancy and self", () => {
  it("a member of another workspace is not_found through this one, and nothing changes there", async () => {
    const fx = await createWorkspaceFixture(db);
    const target = foreign.users.analyst.id;
    const base = { workspaceId: fx.workspaceId, actorUserId: fx.users.admin.id, userId: target };
    expect(await db.transaction((tx) => changeMemberRole(tx, { ...base, role: "admin" }))).toEqual({
      ok: false,
      code: "not_found",
    });
    expect(await db.transaction((tx) => setMemberDeactivated(tx, { ...base, deactivated: true }))).toEqual({
      ok: false,
      code: "not_found",
    });
    expect(await db.transaction((tx) => removeMember(tx, base))).toEqual({ ok: false, code: "not_found" });
    expect(await roleOf(foreign.workspaceId, target)).toEqual({ role: "analyst", deactivatedAt: null });
  });

  it("nobody changes their own role or membership", async () => {
    const fx = await createWorkspaceFixture(db);
    const self = { workspaceId: fx.workspaceId, actorUserId: fx.users.manager.id, userId: fx.users.manager.id };
    expect(await db.transaction((tx) => changeMemberRole(tx, { ...self, role: "admin" }))).toEqual(SELF);
    expect(await roleOf(fx.workspaceId, fx.users.manager.id)).toEqual({ role: "manager", deactivatedAt: null });
  });
});

describe("deactivation", () => {
  async function sessionVersion(userId: string) {
    const [row] = await db
      .select({ sv: users.sessionVersion, active: users.active })
      .from(users)
      .where(eq(users.id, userId));
    return row!;
  }

  it("hides the membership at once and leaves the person's sessions and other workspaces alone", async () => {
    const fx = await createWorkspaceFixture(db);
    const userId = fx.users.analyst.id;
    await db.insert(memberships).values({ workspaceId: foreign.workspaceId, userId, role: "manager" });
    const before = await sessionVersion(userId);

    await db.transaction((tx) =>
      setMemberDeactivated(tx, {
        workspaceId: fx.workspaceId,
        actorUserId: fx.users.admin.id,
        userId,
        deactivated: true,
      }),
    );
    expect(await getMembership(db, { userId, workspaceId: fx.workspaceId })).toBeUndefined();
    expect(await getMembership(db, { userId, slug: fx.slug })).toBeUndefined();
    expect((await listMembershipsForUser(db, { userId })).map((m) => m.workspace.id)).toEqual([foreign.workspaceId]);
    // Still active elsewhere: an admin of this workspace must not be able to sign them out of the other one.
    expect(await sessionVersion(userId)).toEqual({ sv: before.sv, active: true });
    expect((await listMembers(db, { workspaceId: fx.workspaceId })).find((m) => m.userId === userId)?.active).toBe(
      false,
    );

    await db.transaction((tx) =>
      setMemberDeactivated(tx, {
        workspaceId: fx.workspaceId,
        actorUserId: fx.users.admin.id,
        userId,
        deactivated: false,
      }),
    );
    expect((await getMembership(db, { userId, workspaceId: fx.workspaceId }))?.role).toBe("analyst");
  });

  it("ends the person's sessions when it was their last active membership", async () => {
    const fx = await createWorkspaceFixture(db);
    const userId = fx.users.analyst.id;
    // A membership elsewhere that is deactivated already does not count.
    await db
      .insert(memberships)
      .values({ workspaceId: foreign.workspaceId, userId, role: "manager", deactivatedAt: new Date() });
    const before = await sessionVersion(userId);
    await db.transaction((tx) =>
      setMemberDeactivated(tx, {
        workspaceId: fx.workspaceId,
        actorUserId: fx.users.admin.id,
        userId,
        deactivated: true,
      }),
    );
    expect(await sessionVersion(userId)).toEqual({ sv: before.sv + 1, active: true });
  });

  it("two workspaces deactivating someone's last two memberships at once still end their sessions", async () => {
    const a = await createWorkspaceFixture(db);
    const b = await createWorkspaceFixture(db);
    const userId = a.users.analyst.id;
    await db.insert(memberships).values({ workspaceId: b.workspaceId, userId, role: "analyst" });
    const before = await sessionVersion(userId);
    // The first still sees the membership in b as active and holds its transaction open; the second must wait
    // for it and then see that nothing is left. Without the lock on the user row, neither would end the sessions.
    let firstChanged!: () => void;
    const changed = new Promise<void>((resolve) => (firstChanged = resolve));
    const first = db.transaction(async (tx) => {
      await setMemberDeactivated(tx, {
        workspaceId: a.workspaceId,
        actorUserId: a.users.admin.id,
        userId,
        deactivated: true,
      });
      firstChanged();
      await tx.execute(sql`select pg_sleep(0.3)`);
    });
    await changed;
    const second = db.transaction((tx) =>
      setMemberDeactivated(tx, {
        workspaceId: b.workspaceId,
        actorUserId: b.users.admin.id,
        userId,
        deactivated: true,
      }),
    );
    await Promise.all([first, second]);
    expect((await sessionVersion(userId)).sv).toBe(before.sv + 1);
  });
});

describe("removal", () => {
  it("removes the membership and the person's operator rows here only; the account stays", async () => {
    const fx = await createWorkspaceFixture(db);
    const cm = fx.users.community_manager.id;
    await db.insert(memberships).values({ workspaceId: foreign.workspaceId, userId: cm, role: "community_manager" });
    await db
      .insert(identityOperators)
      .values({ identityId: foreign.identities.persona, userId: cm, workspaceId: foreign.workspaceId });

    const result = await db.transaction((tx) =>
      removeMember(tx, { workspaceId: fx.workspaceId, actorUserId: fx.users.admin.id, userId: cm }),
    );
    expect(result).toEqual({ ok: true, value: { role: "community_manager" } });
    expect(await roleOf(fx.workspaceId, cm)).toBeUndefined();
    const operatorRows = await db
      .select({ workspaceId: identityOperators.workspaceId })
      .from(identityOperators)
      .where(eq(identityOperators.userId, cm));
    expect(operatorRows).toEqual([{ workspaceId: foreign.workspaceId }]);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, cm))).toHaveLength(1);
  });

  // Making someone an operator takes their membership FOR SHARE (db/queries/identity-changes.ts); here that step
  // is written out so the interleaving can be held open at exactly the right point.
  async function addOperatorIfMember(tx: DbOrTx, fx: WorkspaceFixture, userId: string) {
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.workspaceId, fx.workspaceId),
          eq(memberships.userId, userId),
          isNull(memberships.deactivatedAt),
        ),
      )
      .for("share");
    if (!member) return false;
    await tx
      .insert(identityOperators)
      .values({ workspaceId: fx.workspaceId, identityId: fx.identities.persona, userId })
      .onConflictDoNothing();
    return true;
  }

  it("a removal in progress makes a concurrent operator assignment wait and then find no membership", async () => {
    const fx = await createWorkspaceFixture(db);
    const userId = fx.users.analyst.id;
    let removed!: () => void;
    const removing = new Promise<void>((resolve) => (removed = resolve));
    const removal = db.transaction(async (tx) => {
      const result = await removeMember(tx, { workspaceId: fx.workspaceId, actorUserId: fx.users.admin.id, userId });
      removed();
      await tx.execute(sql`select pg_sleep(0.3)`);
      return result;
    });
    await removing;
    const assignment = db.transaction((tx) => addOperatorIfMember(tx, fx, userId));
    expect(await Promise.all([removal, assignment])).toEqual([{ ok: true, value: { role: "analyst" } }, false]);
    expect(await db.select().from(identityOperators).where(eq(identityOperators.userId, userId))).toEqual([]);
  });

  it("an operator assignment in progress makes the removal wait, and the removal then deletes the new operator row", async () => {
    const fx = await createWorkspaceFixture(db);
    const userId = fx.users.analyst.id;
    let assigned!: () => void;
    const assigning = new Promise<void>((resolve) => (assigned = resolve));
    const assignment = db.transaction(async (tx) => {
      const result = await addOperatorIfMember(tx, fx, userId);
      assigned();
      await tx.execute(sql`select pg_sleep(0.3)`);
      return result;
    });
    await assigning;
    const removal = db.transaction((tx) =>
      removeMember(tx, { workspaceId: fx.workspaceId, actorUserId: fx.users.admin.id, userId }),
    );
    expect(await Promise.all([assignment, removal])).toEqual([true, { ok: true, value: { role: "analyst" } }]);
    expect(await db.select().from(identityOperators).where(eq(identityOperators.userId, userId))).toEqual([]);
    expect(await roleOf(fx.workspaceId, userId)).toBeUndefined();
  });
});

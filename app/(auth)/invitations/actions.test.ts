/**
 * Invitations end to end through their actions: the admin invites (same answer for any email), revokes; someone
 * new accepts through the one-time link; an existing account accepts or declines in the app.
 */
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getInvitationByTokenHash, listPendingInvitations } from "@/db/queries/invitations";
import { auditEvents, invitations, memberships, users } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { verifyPassword } from "@/lib/auth/password";
import { MESSAGES } from "@/lib/i18n/messages";

type SessionUser = { id: string; email: string; name: string; locale: string; avatarUrl: null };
const session = vi.hoisted(() => ({ user: null as null | SessionUser }));
const auth = vi.hoisted(() => ({ signIn: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "de" }));
vi.mock("@/lib/auth", () => auth);

const { inviteMemberAction, revokeInvitationAction } =
  await import("@/app/(dashboard)/w/[workspace]/settings/members/actions");
const { acceptInvitationAction, declineInvitationAction } = await import("./actions");
const { acceptInvitationWithTokenAction } = await import("../invite/[token]/actions");
const en = MESSAGES.en;
const db = testDb();
let home: WorkspaceFixture;
let foreign: WorkspaceFixture;

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
const freshEmail = () => `invitee-${uniqueTag()}@curtain.test`;
const unusable = { ok: false, error: { code: "not_found", message: en.invitations.link.unusable } };

function signInAs(user: { id: string; email: string } | null) {
  session.user = user ? { id: user.id, email: user.email, name: "Someone", locale: "en", avatarUrl: null } : null;
}

async function invite(email: string, role: "analyst" | "manager" = "analyst", fx = home) {
  signInAs(fx.users.admin);
  const result = await inviteMemberAction({ workspaceId: fx.workspaceId, email, role });
  if (!result.ok) throw new Error(result.error.code);
  return result.data;
}

async function invitationRow(id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  return row!;
}

async function auditFor(invitationId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.objectType, "invitation"), eq(auditEvents.objectId, invitationId)));
}

async function membership(workspaceId: string, email: string) {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(users.email, email)));
  return row;
}

const accept = (token: string, name = "New Person", password = "my-own-password") =>
  acceptInvitationWithTokenAction({ token, name, password, confirmPassword: password });

beforeAll(async () => {
  [home, foreign] = await Promise.all([
    createWorkspaceFixture(db, "Invitations home"),
    createWorkspaceFixture(db, "Invitations foreign"),
  ]);
});

beforeEach(() => {
  auth.signIn.mockReset();
  vi.stubEnv("AUTH_SECRET", "invitation-test-secret-0123456789abcdefghijkl");
});

describe("inviting", () => {
  it("returns the link token once, stores only its hash, lists the invitation and audits it without the token", async () => {
    const email = freshEmail();
    const { invitationId, token, expiresAt } = await invite(`  ${email.toUpperCase()} `, "manager");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await invitationRow(invitationId);
    expect(row).toMatchObject({
      email,
      role: "manager",
      tokenHash: sha256(token),
      invitedByUserId: home.users.admin.id,
    });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect((await listPendingInvitations(db, { workspaceId: home.workspaceId })).map((i) => i.email)).toContain(email);
    const events = await auditFor(invitationId);
    expect(events.map((e) => [e.action, e.actorUserId, e.data])).toEqual([
      ["invitation.created", home.users.admin.id, { email, role: "manager" }],
    ]);
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it("answers the same for an email with an account elsewhere as for a new one, and adds nobody", async () => {
    const existing = foreign.users.analyst.email;
    const a = await inviteMemberAction({ workspaceId: home.workspaceId, email: existing, role: "analyst" });
    const b = await inviteMemberAction({ workspaceId: home.workspaceId, email: freshEmail(), role: "analyst" });
    expect(a.ok && b.ok).toBe(true);
    const shape = (r: typeof a) => (r.ok ? Object.entries(r.data).map(([k, v]) => [k, typeof v]) : null);
    expect(shape(a)).toEqual(shape(b));
    expect(JSON.stringify(a)).not.toMatch(/accountCreated|name|lastLogin/);
    expect(await membership(home.workspaceId, existing)).toBeUndefined();
  });

  it("refuses someone already a member here, with a message on the email field", async () => {
    signInAs(home.users.admin);
    const result = await inviteMemberAction({
      workspaceId: home.workspaceId,
      email: home.users.analyst.email,
      role: "manager",
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "conflict",
        message: en.errors.conflict,
        fieldErrors: { email: [en.members.errors.alreadyMember] },
      },
    });
  });

  it("refuses another role and another workspace, and bad input, writing nothing", async () => {
    const email = freshEmail();
    signInAs(home.users.manager);
    expect(await inviteMemberAction({ workspaceId: home.workspaceId, email, role: "admin" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    signInAs(home.users.admin);
    expect(await inviteMemberAction({ workspaceId: foreign.workspaceId, email, role: "admin" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(
      await inviteMemberAction({ workspaceId: home.workspaceId, email: "no\u0000mail", role: "admin" }),
    ).toMatchObject({ ok: false, error: { code: "bad_request" } });
    expect(await inviteMemberAction({ workspaceId: home.workspaceId, email, role: "owner" as never })).toMatchObject({
      ok: false,
      error: { code: "bad_request" },
    });
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toEqual([]);
  });

  it("inviting again replaces the pending invitation: only the newest link works", async () => {
    const email = freshEmail();
    const first = await invite(email);
    const second = await invite(email, "manager");
    expect((await invitationRow(first.invitationId)).revokedAt).not.toBeNull();
    expect(await accept(first.token)).toEqual(unusable);
    expect(await accept(second.token)).toMatchObject({ ok: true });
    expect(await membership(home.workspaceId, email)).toEqual({ role: "manager" });
  });
});

describe("revoking", () => {
  it("closes the invitation with an audit event; its link stops working", async () => {
    const { invitationId, token } = await invite(freshEmail());
    expect(await revokeInvitationAction({ workspaceId: home.workspaceId, invitationId })).toEqual({
      ok: true,
      data: { invitationId },
    });
    expect((await auditFor(invitationId)).map((e) => e.action).sort()).toEqual([
      "invitation.created",
      "invitation.revoked",
    ]);
    expect(await getInvitationByTokenHash(db, { tokenHash: sha256(token) })).toBeUndefined();
    expect(await accept(token)).toEqual(unusable);
    // Twice is not found, not a second event.
    expect(await revokeInvitationAction({ workspaceId: home.workspaceId, invitationId })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("cannot reach another workspace's invitation, nor be done by another role", async () => {
    const theirs = await invite(freshEmail(), "analyst", foreign);
    signInAs(home.users.admin);
    expect(
      await revokeInvitationAction({ workspaceId: home.workspaceId, invitationId: theirs.invitationId }),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });
    const ours = await invite(freshEmail());
    signInAs(home.users.manager);
    expect(
      await revokeInvitationAction({ workspaceId: home.workspaceId, invitationId: ours.invitationId }),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await invitationRow(theirs.invitationId)).revokedAt).toBeNull();
    expect((await invitationRow(ours.invitationId)).revokedAt).toBeNull();
  });
});

describe("accepting through the link", () => {
  it("creates the account with the chosen name and password, joins with the invited role, signs this browser in", async () => {
    const email = freshEmail();
    const { invitationId, token } = await invite(email, "manager");
    signInAs(null);
    const result = await accept(token, "  Nina New ");
    expect(result).toEqual({ ok: true, data: { slug: home.slug, signedIn: true } });
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: "Nina New", locale: "de", active: true });
    expect(await verifyPassword(user!.passwordHash, "my-own-password")).toBe(true);
    expect(await membership(home.workspaceId, email)).toEqual({ role: "manager" });
    expect(await invitationRow(invitationId)).toMatchObject({ acceptedByUserId: user!.id });
    const events = await auditFor(invitationId);
    expect(events.find((e) => e.action === "invitation.accepted")).toMatchObject({
      actorUserId: user!.id,
      data: { email, role: "manager", via: "link" },
    });
    expect(auth.signIn).toHaveBeenCalledWith("reauth", { ticket: expect.any(String), redirect: false });
  });

  it("works once: a reused, expired, revoked or made-up token gets the same answer", async () => {
    const used = await invite(freshEmail());
    expect(await accept(used.token)).toMatchObject({ ok: true });
    expect(await accept(used.token, "Second Person")).toEqual(unusable);

    const expired = await invite(freshEmail());
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expired.invitationId));
    expect(await accept(expired.token)).toEqual(unusable);

    for (const token of ["", "x".repeat(43), `${used.token}=`, "../../etc/passwd", "\u0000"])
      expect(await accept(token)).toEqual(unusable);
  });

  it("two people opening the same link at once: one account, one membership", async () => {
    const email = freshEmail();
    const { token } = await invite(email);
    const results = await Promise.all([accept(token, "One"), accept(token, "Two")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it("never takes over an existing account: same answer as a dead link, the invitation waits in the app", async () => {
    const existing = foreign.users.manager;
    const { invitationId, token } = await invite(existing.email, "analyst");
    const [before] = await db.select().from(users).where(eq(users.id, existing.id));
    expect(await accept(token, "Attacker", "attackers-password")).toEqual(unusable);
    const [after] = await db.select().from(users).where(eq(users.id, existing.id));
    expect(after).toEqual(before);
    expect(await membership(home.workspaceId, existing.email)).toBeUndefined();
    expect((await invitationRow(invitationId)).acceptedAt).toBeNull();
  });

  it("refuses a name with a NUL byte or a direction override, and unequal passwords, as field errors", async () => {
    const { token } = await invite(freshEmail());
    for (const [name, message] of [
      ["Eve\u0000", en.validation.controlCharacters],
      ["\u202Enimda", en.validation.bidiCharacters],
    ]) {
      const result = await accept(token, name);
      expect(!result.ok && result.error.fieldErrors).toEqual({ name: [message] });
    }
    const mismatch = await acceptInvitationWithTokenAction({
      token,
      name: "Ok",
      password: "my-own-password",
      confirmPassword: "other-password",
    });
    expect(!mismatch.ok && mismatch.error.fieldErrors).toEqual({ confirmPassword: [en.profile.errors.mismatch] });
    expect(await accept(token)).toMatchObject({ ok: true });
  });
});

describe("accepting or declining in the app", () => {
  it("an existing account accepts an invitation to its own email, with an audit event", async () => {
    const person = foreign.users.social_media_manager;
    const { invitationId } = await invite(person.email, "manager");
    signInAs(person);
    expect(await acceptInvitationAction({ invitationId })).toEqual({ ok: true, data: { slug: home.slug } });
    expect(await membership(home.workspaceId, person.email)).toEqual({ role: "manager" });
    expect((await auditFor(invitationId)).find((e) => e.action === "invitation.accepted")).toMatchObject({
      actorUserId: person.id,
      data: { via: "app" },
    });
    expect(await acceptInvitationAction({ invitationId })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("nobody else can answer it, by id or otherwise; signed out is unauthorized", async () => {
    const person = foreign.users.community_manager;
    const { invitationId } = await invite(person.email);
    signInAs(foreign.users.admin);
    expect(await acceptInvitationAction({ invitationId })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await declineInvitationAction({ invitationId })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await acceptInvitationAction({ invitationId: "not-a-uuid" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    signInAs(null);
    expect(await acceptInvitationAction({ invitationId })).toMatchObject({
      ok: false,
      error: { code: "unauthorized" },
    });
    expect(await membership(home.workspaceId, foreign.users.admin.email)).toBeUndefined();
    expect(await invitationRow(invitationId)).toMatchObject({ acceptedAt: null, declinedAt: null });
  });

  it("declining closes it with an audit event; it cannot be accepted afterwards", async () => {
    const person = foreign.users.analyst;
    const { invitationId, token } = await invite(person.email);
    signInAs(person);
    expect(await declineInvitationAction({ invitationId })).toEqual({ ok: true, data: null });
    expect((await auditFor(invitationId)).find((e) => e.action === "invitation.declined")).toMatchObject({
      actorUserId: person.id,
    });
    expect(await acceptInvitationAction({ invitationId })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await accept(token)).toEqual(unusable);
    expect(await membership(home.workspaceId, person.email)).toBeUndefined();
  });

  it("an expired invitation cannot be accepted in the app either", async () => {
    const person = foreign.users.manager;
    const { invitationId } = await invite(person.email);
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitationId));
    signInAs(person);
    expect(await acceptInvitationAction({ invitationId })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});

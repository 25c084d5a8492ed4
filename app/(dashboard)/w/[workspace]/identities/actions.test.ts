import { and, desc, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, identities, identityOperators } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { avatarUrlFor, readAvatar, saveAvatar } from "@/lib/identities/avatar-storage";
import { MESSAGES } from "@/lib/i18n/messages";

const locale = vi.hoisted(() => ({ current: "en" as "en" | "de" }));
const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: locale.current, messages: MESSAGES[locale.current] }),
}));

const actions = await import("./actions");
const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;
const en = MESSAGES.en.identities.fieldErrors;

beforeAll(async () => {
  [fx, other] = await Promise.all([
    createWorkspaceFixture(db, "Identity actions"),
    createWorkspaceFixture(db, "Identity actions other"),
  ]);
  session.user = {
    id: fx.users.manager.id,
    email: fx.users.manager.email,
    name: "Manager",
    locale: "en",
    avatarUrl: null,
  };
});

const base = () => ({
  workspaceId: fx.workspaceId,
  displayName: `Sam ${uniqueTag()}`,
  handle: `@sam_${uniqueTag()}`,
  bio: "",
  languages: ["en" as const, "de" as const],
  voiceGuide: { tone: "Calm", use: [], avoid: [], banned: [] },
  signOff: "-Sam",
  disclosure: "",
  operatorIds: [],
});
const fieldErrorsOf = (r: { ok: boolean; error?: { fieldErrors?: Record<string, string[]> } }) =>
  r.ok ? undefined : r.error?.fieldErrors;

describe("createPersonaAction field errors", () => {
  it("duplicate handle → a translated error on handle", async () => {
    const first = base();
    expect((await actions.createPersonaAction(first)).ok).toBe(true);
    const again = await actions.createPersonaAction({ ...base(), handle: first.handle.toUpperCase() });
    expect(fieldErrorsOf(again)).toEqual({ handle: [en.handleTaken] });
  });

  it("empty display name, too long sign-off, too many banned terms and too long terms, each on its field", async () => {
    const result = await actions.createPersonaAction({
      ...base(),
      displayName: "   ",
      signOff: "-".repeat(21),
      voiceGuide: {
        tone: "",
        use: [],
        avoid: ["x".repeat(41)],
        banned: Array.from({ length: 51 }, (_, i) => `term${i}`),
      },
    });
    expect(fieldErrorsOf(result)).toEqual({
      displayName: [en.required],
      signOff: [en.tooLong.replace("{max}", "20")],
      "voiceGuide.avoid": [en.termTooLong.replace("{max}", "40")],
      "voiceGuide.banned": [en.tooManyTerms.replace("{max}", "50")],
    });
  });

  it("counts a sign-off by visible characters: 20 emoji are fine", async () => {
    expect((await actions.createPersonaAction({ ...base(), signOff: "👩🏽‍💻".repeat(20) })).ok).toBe(true);
  });

  it("answers in German for a German user", async () => {
    locale.current = "de";
    try {
      const result = await actions.createPersonaAction({ ...base(), displayName: "" });
      expect(fieldErrorsOf(result)).toEqual({ displayName: [MESSAGES.de.identities.fieldErrors.required] });
    } finally {
      locale.current = "en";
    }
  });

  it("an operator from another workspace is not_found and nothing is created", async () => {
    const input = { ...base(), operatorIds: [fx.users.community_manager.id, other.users.community_manager.id] };
    expect(await actions.createPersonaAction(input)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await db.select().from(identities).where(eq(identities.displayName, input.displayName))).toEqual([]);
  });
});

describe("operators who cannot speak", () => {
  it("handing a persona to its current operator says so on the target field", async () => {
    const created = await actions.createPersonaAction({ ...base(), operatorIds: [fx.users.community_manager.id] });
    const id = created.ok ? created.data.id : "";
    const result = await actions.handoverPersonaAction({
      workspaceId: fx.workspaceId,
      identityId: id,
      fromUserId: fx.users.community_manager.id,
      toUserId: fx.users.community_manager.id,
    });
    expect(fieldErrorsOf(result)).toEqual({ toUserId: [en.sameOperator] });
  });

  it("refuses an analyst as operator, as handover target and as initial operator, with a message on the field", async () => {
    const created = await actions.createPersonaAction({ ...base(), operatorIds: [fx.users.community_manager.id] });
    const id = created.ok ? created.data.id : "";
    const added = await actions.addOperatorAction({
      workspaceId: fx.workspaceId,
      identityId: id,
      userId: fx.users.analyst.id,
    });
    expect(fieldErrorsOf(added)).toEqual({ userId: [en.cannotSpeak] });
    const handedOver = await actions.handoverPersonaAction({
      workspaceId: fx.workspaceId,
      identityId: id,
      fromUserId: fx.users.community_manager.id,
      toUserId: fx.users.analyst.id,
    });
    expect(fieldErrorsOf(handedOver)).toEqual({ toUserId: [en.cannotSpeak] });
    const withAnalyst = await actions.createPersonaAction({ ...base(), operatorIds: [fx.users.analyst.id] });
    expect(fieldErrorsOf(withAnalyst)).toEqual({ operatorIds: [en.cannotSpeak] });
    const operators = await db.select().from(identityOperators).where(eq(identityOperators.identityId, id));
    expect(operators.map((o) => o.userId)).toEqual([fx.users.community_manager.id]);
  });
});

describe("audit", () => {
  const lastEvent = async (objectId: string) =>
    (
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.workspaceId, fx.workspaceId), eq(auditEvents.objectId, objectId)))
        .orderBy(desc(auditEvents.createdAt))
        .limit(1)
    )[0];

  it("records a handover with from and to (ids and names)", async () => {
    const created = await actions.createPersonaAction({ ...base(), operatorIds: [fx.users.community_manager.id] });
    const id = created.ok ? created.data.id : "";
    const result = await actions.handoverPersonaAction({
      workspaceId: fx.workspaceId,
      identityId: id,
      fromUserId: fx.users.community_manager.id,
      toUserId: fx.users.social_media_manager.id,
    });
    expect(result.ok).toBe(true);
    expect(await lastEvent(id)).toMatchObject({
      action: "persona.handed_over",
      actorUserId: fx.users.manager.id,
      data: {
        from: { userId: fx.users.community_manager.id, name: `Test community_manager ${fx.tag}` },
        to: { userId: fx.users.social_media_manager.id, name: `Test social_media_manager ${fx.tag}` },
      },
    });
  });

  it("records retirement, and refuses to retire the brand with a field message", async () => {
    const created = await actions.createPersonaAction(base());
    const id = created.ok ? created.data.id : "";
    await actions.setPersonaStatusAction({ workspaceId: fx.workspaceId, identityId: id, status: "retired" });
    expect(await lastEvent(id)).toMatchObject({ action: "identity.retired" });
    const brand = await actions.setPersonaStatusAction({
      workspaceId: fx.workspaceId,
      identityId: fx.identities.brand,
      status: "retired",
    });
    expect(fieldErrorsOf(brand)).toEqual({ identityId: [en.brandCannotRetire] });
  });
});

describe("setAvatarUrlAction", () => {
  const GIF = Uint8Array.from([..."GIF89a"].map((c) => c.charCodeAt(0)).concat([1, 0, 1, 0]));

  it("deletes the uploaded file it replaces (by a URL) or removes, and only after the change is saved", async () => {
    const [persona] = await db
      .insert(identities)
      .values({ workspaceId: fx.workspaceId, kind: "persona", displayName: `Avatar ${uniqueTag()}` })
      .returning();
    const set = (avatarUrl: string | null, workspaceId = fx.workspaceId) =>
      actions.setAvatarUrlAction({ workspaceId, identityId: persona!.id, avatarUrl });
    const upload = async () => {
      const name = await saveAvatar(GIF, "gif");
      await db
        .update(identities)
        .set({ avatarUrl: avatarUrlFor(name) })
        .where(eq(identities.id, persona!.id));
      return name;
    };

    const first = await upload();
    // Another workspace's request changes nothing, so it deletes nothing.
    expect(await set(null, other.workspaceId)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await readAvatar(first)).not.toBeNull();
    expect(await set("https://cdn.example/b.png")).toMatchObject({ ok: true });
    expect(await readAvatar(first)).toBeNull();

    const second = await upload();
    expect(await set(null)).toMatchObject({ ok: true });
    expect(await readAvatar(second)).toBeNull();
    const [row] = await db.select().from(identities).where(eq(identities.id, persona!.id));
    expect(row!.avatarUrl).toBeNull();
  });
});

/** The accounts actions end to end on a real database: what is stored, returned and audited, in EN and DE. */
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, channels } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";

const state = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
  locale: "en" as "en" | "de",
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => state.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: state.locale, messages: MESSAGES[state.locale] }),
}));

// A key from the environment, as in production, so the test writes no key file.
vi.stubEnv("CURTAIN_SECRET_KEY", randomBytes(32).toString("base64"));
const { createChannelAction, updateChannelAction, disconnectChannelAction } =
  await import("@/app/(dashboard)/w/[workspace]/settings/channels/actions");

const db = testDb();
const SECRET = "whsec_top-secret-signing-key";
let fx: WorkspaceFixture;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db);
  state.user = { id: fx.users.admin.id, email: fx.users.admin.email, name: "Admin", locale: "en", avatarUrl: null };
});

const webhook = (handle: string) => ({
  workspaceId: fx.workspaceId,
  platform: "x" as const,
  handle,
  identityId: fx.identities.brand,
  connector: "webhook" as const,
  webhookUrl: "https://hooks.example.com/secret-path?token=abc",
  signingSecret: SECRET,
});

describe("accounts actions", () => {
  it("create, edit and disconnect: secrets are never returned or audited", async () => {
    const handle = `@act_${uniqueTag().slice(-8)}`;
    const created = await createChannelAction(webhook(handle));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const updated = await updateChannelAction({
      workspaceId: fx.workspaceId,
      channelId: created.data.id,
      handle,
      identityId: fx.identities.persona,
      connector: "webhook",
      signingSecret: "another-long-secret-value",
    });
    expect(updated.ok).toBe(true);
    expect((await disconnectChannelAction({ workspaceId: fx.workspaceId, channelId: created.data.id })).ok).toBe(true);

    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.workspaceId, fx.workspaceId), eq(auditEvents.objectId, created.data.id)));
    expect(events.map((e) => e.action).sort()).toEqual(["channel.created", "channel.disconnected", "channel.updated"]);
    expect(events.find((e) => e.action === "channel.updated")?.data).toMatchObject({
      changes: ["identity", "connectorConfig"],
    });
    const everything = JSON.stringify([created, updated, events]);
    for (const leak of [SECRET, "another-long-secret-value", "secret-path", "token=abc", "v1:"])
      expect(everything).not.toContain(leak);
    const [row] = await db
      .select({ config: channels.configEncrypted })
      .from(channels)
      .where(eq(channels.id, created.data.id));
    expect(row!.config).toMatch(/^v1:/);
  });

  it("a duplicate handle is a translated field error on handle, in English and German", async () => {
    const handle = `@dup_${uniqueTag().slice(-8)}`;
    expect((await createChannelAction({ ...webhook(handle), connector: "sandbox" })).ok).toBe(true);
    const en = await createChannelAction({ ...webhook(handle.toUpperCase()), connector: "sandbox" });
    expect(en).toEqual({
      ok: false,
      error: {
        code: "bad_request",
        message: MESSAGES.en.errors.bad_request,
        fieldErrors: { handle: [MESSAGES.en.channels.fieldErrors.duplicate] },
      },
    });
    state.locale = "de";
    const de = await createChannelAction({ ...webhook("not a handle"), connector: "sandbox" });
    state.locale = "en";
    expect(!de.ok && de.error.fieldErrors).toEqual({ handle: [MESSAGES.de.channels.fieldErrors.x] });
  });

  it("a webhook without https or secret is refused with field errors and writes nothing", async () => {
    const handle = `@bad_${uniqueTag().slice(-8)}`;
    const result = await createChannelAction({
      ...webhook(handle),
      webhookUrl: "http://hooks.example.com",
      signingSecret: "",
    });
    expect(!result.ok && result.error.fieldErrors).toEqual({
      webhookUrl: [MESSAGES.en.channels.fieldErrors.httpsUrl],
      signingSecret: [MESSAGES.en.channels.fieldErrors.required],
    });
    expect(await db.select().from(channels).where(eq(channels.handle, handle))).toEqual([]);
  });
});

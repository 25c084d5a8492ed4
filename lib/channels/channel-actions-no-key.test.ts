/** A production server without CURTAIN_SECRET_KEY: sandbox accounts work, secrets are refused with a field error. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { channels } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";

const state = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => state.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));

// An empty data directory, so no generated key or embedded-database password file can be found.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "curtain-nokey-"));
vi.stubEnv("CURTAIN_DATA_DIR", dataDir);
vi.stubEnv("CURTAIN_SECRET_KEY", "");
vi.stubEnv("NODE_ENV", "production");
const { createChannelAction } = await import("@/app/(dashboard)/w/[workspace]/settings/channels/actions");

const db = testDb();
let fx: WorkspaceFixture;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db);
  state.user = { id: fx.users.admin.id, email: fx.users.admin.email, name: "Admin", locale: "en", avatarUrl: null };
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("without a connector key", () => {
  it("refuses a webhook with a field error naming the missing key, writes nothing, and still adds sandbox accounts", async () => {
    const handle = `@nokey_${uniqueTag().slice(-8)}`;
    const base = { workspaceId: fx.workspaceId, platform: "x" as const, handle, identityId: fx.identities.brand };
    const refused = await createChannelAction({
      ...base,
      connector: "webhook",
      webhookUrl: "https://hooks.example.com/x",
      signingSecret: "0123456789abcdef-secret",
    });
    expect(!refused.ok && refused.error.fieldErrors).toEqual({ connector: [MESSAGES.en.channels.fieldErrors.noKey] });
    expect(await db.select().from(channels).where(eq(channels.handle, handle))).toEqual([]);
    expect((await createChannelAction({ ...base, connector: "sandbox" })).ok).toBe(true);
    expect(fs.existsSync(path.join(dataDir, "secret-key"))).toBe(false);
  });
});

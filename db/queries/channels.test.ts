import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { open } from "@/lib/crypto/secret-box";
import { channels, identities } from "../schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "../testing/fixtures";
import { createChannel, listChannels, updateChannel, type ChannelInput } from "@/lib/channels/channel-changes";
import { deleteChannel, setChannelStatus } from "./channels";

const db = testDb();
const key = randomBytes(32);
const secretKey = () => key;
const SECRET = "whsec_never-show-me-0123456789";
const TOKEN_PATH = "/hooks/t0ken-in-path";
let fx: WorkspaceFixture;
let other: WorkspaceFixture;

const blank = { webhookUrl: "", signingSecret: "", instanceUrl: "", accessToken: "" };
const webhookInput = (fixture: WorkspaceFixture, handle: string): ChannelInput => ({
  ...blank,
  handle,
  identityId: fixture.identities.brand,
  connector: "webhook",
  webhookUrl: `https://hooks.example.com${TOKEN_PATH}`,
  signingSecret: SECRET,
});
const shortTag = () => uniqueTag().slice(-10);

async function stored(id: string) {
  const [row] = await db.select().from(channels).where(eq(channels.id, id));
  return row!;
}

beforeAll(async () => {
  [fx, other] = await Promise.all([createWorkspaceFixture(db), createWorkspaceFixture(db)]);
});

describe("createChannel", () => {
  it("seals the connector config bound to the row and returns no secret", async () => {
    const result = await createChannel(db, {
      workspaceId: fx.workspaceId,
      platform: "x",
      input: webhookInput(fx, ` @Acct_${shortTag()} `),
      secretKey,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.handle).toMatch(/^@acct_[a-z0-9]+$/);
    expect(JSON.stringify(result)).not.toMatch(/whsec|t0ken|v1:/);
    const row = await stored(result.value.id);
    expect(row.configEncrypted).not.toContain(SECRET);
    const config = JSON.parse(open(row.configEncrypted!, key, `channel:${fx.workspaceId}:${row.id}`));
    expect(config).toEqual({
      connector: "webhook",
      url: `https://hooks.example.com${TOKEN_PATH}`,
      signingSecret: SECRET,
    });
  });

  it("reports a duplicate handle on the platform as a field error (case-insensitive), not an exception", async () => {
    const handle = `@Dup_${shortTag()}`;
    const sandbox = { ...blank, handle, identityId: fx.identities.brand, connector: "sandbox" as const };
    expect(
      (await createChannel(db, { workspaceId: fx.workspaceId, platform: "x", input: sandbox, secretKey })).ok,
    ).toBe(true);
    const again = await createChannel(db, {
      workspaceId: fx.workspaceId,
      platform: "x",
      input: { ...sandbox, handle: handle.toUpperCase() },
      secretKey,
    });
    expect(again).toEqual({
      ok: false,
      code: "bad_request",
      fields: { handle: [{ key: "channels.fieldErrors.duplicate" }] },
    });
    // Same handle on another platform, or in another workspace, is another account.
    expect(
      (await createChannel(db, { workspaceId: fx.workspaceId, platform: "instagram", input: sandbox, secretKey })).ok,
    ).toBe(true);
    expect(
      (
        await createChannel(db, {
          workspaceId: other.workspaceId,
          platform: "x",
          input: { ...sandbox, identityId: other.identities.brand },
          secretKey,
        })
      ).ok,
    ).toBe(true);
  });

  it("answers not_found for another workspace's identity and writes nothing", async () => {
    const handle = `@foreign_${shortTag()}`;
    const result = await createChannel(db, {
      workspaceId: fx.workspaceId,
      platform: "x",
      input: { ...webhookInput(fx, handle), identityId: other.identities.brand },
      secretKey,
    });
    expect(result).toEqual({ ok: false, code: "not_found" });
    expect(await db.select().from(channels).where(eq(channels.handle, handle))).toEqual([]);
  });

  it("refuses retired personas for new accounts and validates connector fields", async () => {
    const [retired] = await db
      .insert(identities)
      .values({ workspaceId: fx.workspaceId, kind: "persona", displayName: "Gone", status: "retired" })
      .returning({ id: identities.id });
    const result = await createChannel(db, {
      workspaceId: fx.workspaceId,
      platform: "bluesky",
      input: {
        ...blank,
        handle: "alice",
        identityId: retired!.id,
        connector: "mastodon",
        instanceUrl: "http://mastodon.social",
        accessToken: "a b",
      },
      secretKey,
    });
    expect(result).toEqual({
      ok: false,
      code: "bad_request",
      fields: {
        identityId: [{ key: "channels.fieldErrors.retired" }],
        handle: [{ key: "channels.fieldErrors.bluesky" }],
        connector: [{ key: "channels.fieldErrors.mastodonPlatform" }],
        instanceUrl: [{ key: "channels.fieldErrors.httpsUrl" }],
        accessToken: [{ key: "channels.fieldErrors.tokenFormat" }],
      },
    });
  });
});

describe("updateChannel", () => {
  it("keeps stored secrets when the fields are left empty, replaces them when given", async () => {
    const created = await createChannel(db, {
      workspaceId: fx.workspaceId,
      platform: "x",
      input: webhookInput(fx, `@keep_${shortTag()}`),
      secretKey,
    });
    if (!created.ok) throw new Error("setup");
    const id = created.value.id;
    const kept = await updateChannel(db, {
      workspaceId: fx.workspaceId,
      channelId: id,
      input: { ...blank, handle: created.value.handle, identityId: fx.identities.persona, connector: "webhook" },
      secretKey,
    });
    expect(kept.ok && kept.value.changes).toEqual(["identity"]);
    const context = `channel:${fx.workspaceId}:${id}`;
    expect(JSON.parse(open((await stored(id)).configEncrypted!, key, context)).signingSecret).toBe(SECRET);

    const replaced = await updateChannel(db, {
      workspaceId: fx.workspaceId,
      channelId: id,
      input: {
        ...blank,
        handle: created.value.handle,
        identityId: fx.identities.persona,
        connector: "webhook",
        signingSecret: "a-brand-new-secret-value",
      },
      secretKey,
    });
    expect(replaced.ok && replaced.value.changes).toEqual(["connectorConfig"]);
    expect(JSON.stringify(replaced)).not.toContain("a-brand-new-secret-value");
    expect(JSON.parse(open((await stored(id)).configEncrypted!, key, context)).signingSecret).toBe(
      "a-brand-new-secret-value",
    );

    // Switching connector keeps nothing: the new connector's fields are required.
    const switched = await updateChannel(db, {
      workspaceId: fx.workspaceId,
      channelId: id,
      input: { ...blank, handle: created.value.handle, identityId: fx.identities.persona, connector: "mastodon" },
      secretKey,
    });
    expect(switched).toMatchObject({
      ok: false,
      fields: {
        connector: [{ key: "channels.fieldErrors.mastodonPlatform" }],
        instanceUrl: [{ key: "channels.fieldErrors.required" }],
        accessToken: [{ key: "channels.fieldErrors.required" }],
      },
    });

    const sandbox = await updateChannel(db, {
      workspaceId: fx.workspaceId,
      channelId: id,
      input: { ...blank, handle: created.value.handle, identityId: fx.identities.persona, connector: "sandbox" },
      secretKey,
    });
    expect(sandbox.ok).toBe(true);
    expect((await stored(id)).configEncrypted).toBeNull();
  });

  it("answers not_found for another workspace's channel", async () => {
    const result = await updateChannel(db, {
      workspaceId: fx.workspaceId,
      channelId: other.channelId,
      input: { ...blank, handle: "@x", identityId: fx.identities.brand, connector: "sandbox" },
      secretKey,
    });
    expect(result).toEqual({ ok: false, code: "not_found" });
  });
});

describe("listChannels", () => {
  it("shows admins a masked summary, others nothing, and never the secret", async () => {
    const created = await createChannel(db, {
      workspaceId: fx.workspaceId,
      platform: "x",
      input: webhookInput(fx, `@list_${shortTag()}`),
      secretKey,
    });
    if (!created.ok) throw new Error("setup");
    const forAdmin = await listChannels(db, { workspaceId: fx.workspaceId, secretKey });
    expect(forAdmin.find((c) => c.id === created.value.id)?.connectorSummary).toEqual({
      url: "https://hooks.example.com/…",
      secretSet: true,
    });
    const forManager = await listChannels(db, { workspaceId: fx.workspaceId });
    expect(forManager.find((c) => c.id === created.value.id)?.connectorSummary).toBeNull();
    for (const list of [forAdmin, forManager]) expect(JSON.stringify(list)).not.toMatch(/whsec|t0ken|v1:/);
    expect(forAdmin.every((c) => !("configEncrypted" in c))).toBe(true);
    // Another workspace's accounts never appear; a wrong key shows "unreadable" instead of failing the page.
    expect(forAdmin.some((c) => c.id === other.channelId)).toBe(false);
    const wrongKey = await listChannels(db, { workspaceId: fx.workspaceId, secretKey: () => randomBytes(32) });
    expect(wrongKey.find((c) => c.id === created.value.id)?.connectorSummary).toBe("unreadable");
    // The fixture's channel has a conversation: it is in use and cannot be deleted.
    expect(forAdmin.find((c) => c.id === fx.channelId)?.inUse).toBe(true);
  });
});

describe("status and deletion", () => {
  it("disconnects and reconnects once each; another workspace's channel is not_found", async () => {
    const created = await createChannel(db, {
      workspaceId: fx.workspaceId,
      platform: "other",
      input: { ...blank, handle: `Status ${shortTag()}`, identityId: fx.identities.brand, connector: "sandbox" },
      secretKey,
    });
    if (!created.ok) throw new Error("setup");
    const args = { workspaceId: fx.workspaceId, channelId: created.value.id };
    expect(await setChannelStatus(db, { ...args, status: "disconnected" })).toMatchObject({
      ok: true,
      value: { status: "disconnected" },
    });
    expect(await setChannelStatus(db, { ...args, status: "disconnected" })).toEqual({ ok: false, code: "conflict" });
    expect(await setChannelStatus(db, { ...args, status: "connected" })).toMatchObject({
      ok: true,
      value: { status: "connected" },
    });
    expect(
      await setChannelStatus(db, { workspaceId: fx.workspaceId, channelId: other.channelId, status: "disconnected" }),
    ).toEqual({ ok: false, code: "not_found" });
    expect((await stored(other.channelId)).status).toBe("connected");
  });

  it("deletes an unused account; one with history is a conflict and stays", async () => {
    const created = await createChannel(db, {
      workspaceId: fx.workspaceId,
      platform: "other",
      input: { ...blank, handle: `Unused ${shortTag()}`, identityId: fx.identities.brand, connector: "sandbox" },
      secretKey,
    });
    if (!created.ok) throw new Error("setup");
    expect((await deleteChannel(db, { workspaceId: fx.workspaceId, channelId: created.value.id })).ok).toBe(true);
    expect(await deleteChannel(db, { workspaceId: fx.workspaceId, channelId: fx.channelId })).toEqual({
      ok: false,
      code: "conflict",
    });
    expect(await deleteChannel(db, { workspaceId: fx.workspaceId, channelId: other.channelId })).toEqual({
      ok: false,
      code: "not_found",
    });
    expect(await stored(fx.channelId)).toBeTruthy();
  });
});

import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { pgErrorCode } from "./connect";
import { channels, identities, memberships, messages, users } from "./schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "./testing/fixtures";

const db = testDb();
let fx: WorkspaceFixture;

const UNIQUE_VIOLATION = "23505";
const CHECK_VIOLATION = "23514";

/** The Postgres error code a statement fails with (drizzle wraps it), or "no error". */
async function failureCode(statement: PromiseLike<unknown>) {
  try {
    await statement;
    return "no error";
  } catch (error) {
    return pgErrorCode(error) ?? String(error);
  }
}

function inbound(externalId: string | null, channelId = fx.channelId) {
  return {
    workspaceId: fx.workspaceId,
    conversationId: fx.conversationId,
    channelId,
    direction: "inbound" as const,
    body: "hello",
    externalId,
  };
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Schema constraints");
});

describe("identities", () => {
  it("allows exactly one brand identity per workspace", async () => {
    const second = db
      .insert(identities)
      .values({ workspaceId: fx.workspaceId, kind: "brand", displayName: "Second brand" });
    expect(await failureCode(second)).toBe(UNIQUE_VIOLATION);
  });

  it("allows any number of personas", async () => {
    const personas = db.insert(identities).values([
      { workspaceId: fx.workspaceId, kind: "persona", displayName: "P1" },
      { workspaceId: fx.workspaceId, kind: "persona", displayName: "P2" },
    ]);
    expect(await failureCode(personas)).toBe("no error");
  });
});

describe("messages", () => {
  it("rejects a duplicate external id on the same channel", async () => {
    const externalId = `dup-${uniqueTag()}`;
    await db.insert(messages).values(inbound(externalId));
    expect(await failureCode(db.insert(messages).values(inbound(externalId)))).toBe(UNIQUE_VIOLATION);
  });

  it("accepts the same external id on another channel, and many messages without one", async () => {
    const externalId = `shared-${uniqueTag()}`;
    const [other] = await db
      .insert(channels)
      .values({
        workspaceId: fx.workspaceId,
        platform: "instagram",
        handle: `@other_${fx.tag}`,
        identityId: fx.identities.brand,
      })
      .returning();
    await db.insert(messages).values(inbound(externalId));
    expect(await failureCode(db.insert(messages).values(inbound(externalId, other!.id)))).toBe("no error");
    expect(await failureCode(db.insert(messages).values([inbound(null), inbound(null)]))).toBe("no error");
  });

  it("rejects an outbound message without an identity", async () => {
    const outbound = db
      .insert(messages)
      .values({ ...inbound(`out-${uniqueTag()}`), direction: "outbound", authorUserId: fx.users.admin.id });
    expect(await failureCode(outbound)).toBe(CHECK_VIOLATION);
  });

  it("accepts an outbound message with an identity", async () => {
    const outbound = db.insert(messages).values({
      ...inbound(`out-${uniqueTag()}`),
      direction: "outbound",
      identityId: fx.identities.persona,
      authorUserId: fx.users.community_manager.id,
    });
    expect(await failureCode(outbound)).toBe("no error");
  });
});

describe("users and memberships", () => {
  it("rejects a second membership of the same user in the same workspace", async () => {
    const duplicate = db
      .insert(memberships)
      .values({ workspaceId: fx.workspaceId, userId: fx.users.analyst.id, role: "manager" });
    expect(await failureCode(duplicate)).toBe(UNIQUE_VIOLATION);
  });

  it("rejects an email that is not lower-case", async () => {
    const user = db
      .insert(users)
      .values({ email: `Mixed-${uniqueTag()}@Curtain.test`, name: "Mixed", passwordHash: "x" });
    expect(await failureCode(user)).toBe(CHECK_VIOLATION);
  });

  it("rejects a second user with the same email", async () => {
    const user = db.insert(users).values({ email: fx.users.admin.email, name: "Twin", passwordHash: "x" });
    expect(await failureCode(user)).toBe(UNIQUE_VIOLATION);
  });

  it("rejects a membership pointing at a user that does not exist", async () => {
    const orphan = db
      .insert(memberships)
      .values({ workspaceId: fx.workspaceId, userId: randomUUID(), role: "analyst" });
    expect(await failureCode(orphan)).toBe("23503");
  });
});

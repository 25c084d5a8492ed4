/**
 * Helpers for database tests. Every test file creates its own workspace(s) with unique names, so files can run in
 * parallel against the one database of the run without seeing each other's rows.
 */
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createDb, type Db } from "../connect";
import { migrateDatabase } from "../migrate";
import {
  channels,
  contacts,
  conversations,
  identities,
  identityOperators,
  memberships,
  messages,
  posts,
  users,
  workspaces,
} from "../schema";
import { ROLES, type Role } from "../schema/enums";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../scratch-server";

export const FIXTURE_PASSWORD = "correct horse battery";

let cached: Db | undefined;

/**
 * The run's test database, one small pool per test file. Call it at the top level of a test file (or in a
 * beforeAll): the first call registers an afterAll that closes the pool.
 */
export function testDb(): Db {
  if (!cached) {
    const db = createDb(inject("databaseUrl"), { max: 4 });
    cached = db;
    afterAll(async () => {
      cached = undefined;
      await db.$client.end({ timeout: 5 });
    });
  }
  return cached;
}

/** A short random tag for unique slugs, emails, handles and external ids. */
export function uniqueTag() {
  return `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
}

/**
 * An empty, migrated database of its own on the run's server (for tests that need a whole database, such as
 * seeding). Drop it with `drop()` when done.
 */
export async function createScratchDatabase(options: { migrate?: boolean } = {}) {
  const serverUrl = inject("databaseUrl");
  const name = uniqueDatabaseName("curtain_scratch");
  const url = await createDatabase(serverUrl, name);
  try {
    if (options.migrate ?? true) await migrateDatabase(url);
  } catch (error) {
    await dropDatabase(serverUrl, name);
    throw error;
  }
  return { name, url, drop: () => dropDatabase(serverUrl, name) };
}

export type FixtureUser = { id: string; email: string; role: Role };

/**
 * A complete small workspace: one member per role, the brand identity, one persona operated by the community
 * manager, one channel owned by the brand, a contact, an open conversation (version 1) waiting on one inbound
 * message, and a post in review (version 1).
 */
export async function createWorkspaceFixture(db: Db, name?: string) {
  const tag = uniqueTag();
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const waitingSince = new Date(Date.now() - 30 * 60_000);

  return db.transaction(async (tx) => {
    const [workspace] = await tx
      .insert(workspaces)
      .values({ name: name ?? `Test workspace ${tag}`, slug: `test-${tag}` })
      .returning();
    const workspaceId = workspace!.id;

    const userRows = await tx
      .insert(users)
      .values(
        ROLES.map((role) => ({
          email: `${role.replaceAll("_", "-")}-${tag}@curtain.test`,
          name: `Test ${role} ${tag}`,
          passwordHash,
        })),
      )
      .returning({ id: users.id, email: users.email });
    const byRole = Object.fromEntries(
      ROLES.map((role, i) => [role, { id: userRows[i]!.id, email: userRows[i]!.email, role }]),
    ) as Record<Role, FixtureUser>;
    await tx.insert(memberships).values(ROLES.map((role) => ({ workspaceId, userId: byRole[role].id, role })));

    const [brand, persona] = await tx
      .insert(identities)
      .values([
        { workspaceId, kind: "brand", displayName: `Brand ${tag}`, handle: `@brand_${tag}` },
        { workspaceId, kind: "persona", displayName: `Persona ${tag}`, handle: `@brand_${tag}`, signOff: "-Tess" },
      ])
      .returning({ id: identities.id });
    await tx
      .insert(identityOperators)
      .values({ identityId: persona!.id, userId: byRole.community_manager.id, workspaceId });

    const [channel] = await tx
      .insert(channels)
      .values({ workspaceId, platform: "x", handle: `@brand_${tag}`, identityId: brand!.id })
      .returning({ id: channels.id });
    const [contact] = await tx
      .insert(contacts)
      .values({ workspaceId, platform: "x", handle: `@fan_${tag}`, displayName: `Fan ${tag}` })
      .returning({ id: contacts.id });

    const [conversation] = await tx
      .insert(conversations)
      .values({
        workspaceId,
        channelId: channel!.id,
        contactId: contact!.id,
        kind: "comment",
        status: "open",
        category: "question",
        identityId: persona!.id,
        preview: "Do you ship to Switzerland?",
        waitingSince,
        lastMessageAt: waitingSince,
        version: 1,
      })
      .returning({ id: conversations.id });
    const [message] = await tx
      .insert(messages)
      .values({
        workspaceId,
        conversationId: conversation!.id,
        channelId: channel!.id,
        direction: "inbound",
        body: "Do you ship to Switzerland?",
        externalId: `in-${tag}`,
        sentAt: waitingSince,
      })
      .returning({ id: messages.id });

    const [post] = await tx
      .insert(posts)
      .values({
        workspaceId,
        identityId: brand!.id,
        authorUserId: byRole.social_media_manager.id,
        body: `Autumn drop ${tag}`,
        status: "in_review",
        scheduledAt: new Date(Date.now() + 3 * 24 * 3_600_000),
        approvalTrail: [{ at: new Date().toISOString(), userId: byRole.social_media_manager.id, action: "submitted" }],
        version: 1,
      })
      .returning({ id: posts.id });

    return {
      tag,
      workspaceId,
      slug: workspace!.slug,
      password: FIXTURE_PASSWORD,
      users: byRole,
      identities: { brand: brand!.id, persona: persona!.id },
      channelId: channel!.id,
      contactId: contact!.id,
      conversationId: conversation!.id,
      messageId: message!.id,
      postId: post!.id,
    };
  });
}

export type WorkspaceFixture = Awaited<ReturnType<typeof createWorkspaceFixture>>;

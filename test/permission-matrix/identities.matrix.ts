import { and, eq } from "drizzle-orm";
import * as actions from "@/app/(dashboard)/w/[workspace]/identities/actions";
import * as avatarRoute from "@/app/api/w/[workspaceId]/identities/[identityId]/avatar/route";
import { identities, identityOperators } from "@/db/schema";
import { testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { deleteAvatar } from "@/lib/identities/avatar-storage";
import { httpStatus, resultStatus } from "./helpers";
import type { MatrixModule } from "./types";

const fields = (tag: string) => ({
  displayName: `Matrix persona ${tag}`,
  handle: `@matrix_${tag}`,
  bio: "",
  languages: ["en" as const],
  voiceGuide: { tone: "", use: [], avoid: [], banned: [] },
  signOff: "-M",
  disclosure: "",
});

/** A fresh persona in the fixture's workspace, optionally operated by one of its users. */
async function freshPersona(objects: WorkspaceFixture, operator?: string) {
  const db = testDb();
  const [row] = await db
    .insert(identities)
    .values({ workspaceId: objects.workspaceId, kind: "persona", displayName: `Fresh ${uniqueTag()}` })
    .returning({ id: identities.id });
  if (operator)
    await db
      .insert(identityOperators)
      .values({ workspaceId: objects.workspaceId, identityId: row!.id, userId: operator });
  return row!.id;
}

const identity = async (id: string) => (await testDb().select().from(identities).where(eq(identities.id, id)))[0]!;
const operatorIds = async (id: string) =>
  (
    await testDb()
      .select({ userId: identityOperators.userId })
      .from(identityOperators)
      .where(eq(identityOperators.identityId, id))
  )
    .map((r) => r.userId)
    .sort();
const isOperator = async (identityId: string, userId: string) =>
  (
    await testDb()
      .select()
      .from(identityOperators)
      .where(and(eq(identityOperators.identityId, identityId), eq(identityOperators.userId, userId)))
  ).length > 0;

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);

export const matrix: MatrixModule = {
  endpoints: {
    createPersonaAction: {
      permission: "identities.manage",
      mutates: true,
      audit: "identity.created",
      // The first operator comes from `objects`: another workspace's user must be not_found and create nothing.
      attempt: async ({ workspaceId, objects }) => {
        const tag = uniqueTag();
        const result = await actions.createPersonaAction({
          workspaceId,
          ...fields(tag),
          operatorIds: [objects.users.community_manager.id],
        });
        const created = await testDb()
          .select()
          .from(identities)
          .where(eq(identities.displayName, `Matrix persona ${tag}`));
        return { status: resultStatus(result), changed: created.length > 0 };
      },
    },
    updateIdentityAction: {
      permission: "identities.manage",
      mutates: true,
      audit: "identity.updated",
      attempt: async ({ workspaceId, objects }) => {
        const before = await identity(objects.identities.persona);
        const result = await actions.updateIdentityAction({
          workspaceId,
          identityId: before.id,
          version: before.version,
          ...fields(uniqueTag()),
        });
        return { status: resultStatus(result), changed: (await identity(before.id)).version !== before.version };
      },
    },
    setPersonaStatusAction: {
      permission: "identities.manage",
      mutates: true,
      audit: "identity.retired",
      attempt: async ({ workspaceId, objects }) => {
        const id = await freshPersona(objects);
        const result = await actions.setPersonaStatusAction({ workspaceId, identityId: id, status: "retired" });
        return { status: resultStatus(result), changed: (await identity(id)).status === "retired" };
      },
    },
    setAvatarUrlAction: {
      permission: "identities.manage",
      mutates: true,
      audit: "identity.updated",
      attempt: async ({ workspaceId, objects }) => {
        const id = await freshPersona(objects);
        const result = await actions.setAvatarUrlAction({
          workspaceId,
          identityId: id,
          avatarUrl: `https://cdn.example/${uniqueTag()}.png`,
        });
        return { status: resultStatus(result), changed: (await identity(id)).avatarUrl !== null };
      },
    },
    addOperatorAction: {
      permission: "identities.manage",
      mutates: true,
      audit: "operator.added",
      attempt: async ({ workspaceId, objects }) => {
        const id = await freshPersona(objects);
        // A role that can reply: an analyst would be refused for its role, not for the asker's.
        const userId = objects.users.social_media_manager.id;
        const result = await actions.addOperatorAction({ workspaceId, identityId: id, userId });
        return { status: resultStatus(result), changed: await isOperator(id, userId) };
      },
    },
    removeOperatorAction: {
      permission: "identities.manage",
      mutates: true,
      audit: "operator.removed",
      attempt: async ({ workspaceId, objects }) => {
        const id = await freshPersona(objects, objects.users.community_manager.id);
        const result = await actions.removeOperatorAction({
          workspaceId,
          identityId: id,
          userId: objects.users.community_manager.id,
        });
        return { status: resultStatus(result), changed: !(await isOperator(id, objects.users.community_manager.id)) };
      },
    },
    handoverPersonaAction: {
      permission: "identities.manage",
      mutates: true,
      audit: "persona.handed_over",
      attempt: async ({ workspaceId, objects }) => {
        const from = objects.users.community_manager.id;
        const to = objects.users.social_media_manager.id;
        const id = await freshPersona(objects, from);
        const result = await actions.handoverPersonaAction({
          workspaceId,
          identityId: id,
          fromUserId: from,
          toUserId: to,
        });
        return { status: resultStatus(result), changed: (await operatorIds(id)).join() !== from };
      },
    },
    "POST /api/w/[workspaceId]/identities/[identityId]/avatar": {
      permission: "identities.manage",
      mutates: true,
      audit: "identity.updated",
      attempt: async ({ workspaceId, objects }) => {
        const id = await freshPersona(objects);
        const body = new FormData();
        body.set("file", new Blob([PNG], { type: "image/png" }), "a.png");
        const request = new Request(`http://test/api/w/${workspaceId}/identities/${id}/avatar`, {
          method: "POST",
          body,
        });
        const response = await avatarRoute.POST(request, { params: Promise.resolve({ workspaceId, identityId: id }) });
        const { avatarUrl } = await identity(id);
        if (avatarUrl) await deleteAvatar(avatarUrl.split("/").at(-1)!);
        return { status: httpStatus(response.status), changed: avatarUrl !== null };
      },
    },
  },
  unscoped: {
    "GET /api/avatars/[file]":
      "Serves uploaded avatar files by their random name to any signed-in user (avatars show across workspaces the user belongs to); tested in app/api/avatars/[file]/route.test.ts.",
  },
};

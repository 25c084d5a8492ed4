import { and, eq } from "drizzle-orm";
import * as actions from "@/app/(dashboard)/w/[workspace]/settings/api/actions";
import * as channelsRoute from "@/app/api/v1/channels/route";
import * as secretRoute from "@/app/api/v1/channels/[id]/inbound-secret/route";
import * as conversationsRoute from "@/app/api/v1/conversations/route";
import * as conversationRoute from "@/app/api/v1/conversations/[id]/route";
import * as repliesRoute from "@/app/api/v1/conversations/[id]/replies/route";
import * as identitiesRoute from "@/app/api/v1/identities/route";
import * as postsRoute from "@/app/api/v1/posts/route";
import * as postRoute from "@/app/api/v1/posts/[id]/route";
import * as responseTimesRoute from "@/app/api/v1/reports/response-times/route";
import { apiTokens, channels, conversations, memberships, posts } from "@/db/schema";
import { testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { generateToken } from "@/lib/api-tokens/token";
import { currentUser } from "@/lib/auth/session";
import { httpStatus, resultStatus } from "./helpers";
import type { MatrixEndpoint, MatrixModule, MatrixOutcome } from "./types";

// Settings → API actions, and the bearer-token routes of /api/v1 tried as the signed-in member: the member's
// token for `workspaceId` (inserted directly, so making it writes no audit event of its own), used on `objects`.
// Someone who is not a member of `workspaceId` cannot hold a token there: that is the route's not_found.

async function freshToken(objects: WorkspaceFixture, workspaceId: string) {
  const db = testDb();
  const user = await currentUser();
  // Signed out: no token at all, so the route must answer unauthorized.
  if (!user) return { token: "", role: "", userId: "" };
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.workspaceId, workspaceId)));
  if (!member) return undefined;
  const { token, hash, prefix } = generateToken();
  await db.insert(apiTokens).values({
    workspaceId,
    userId: user.id,
    name: "matrix",
    tokenHash: hash,
    prefix,
    scopes: ["all"],
  });
  void objects;
  return { token, role: member.role, userId: user.id };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function tokenRoute(
  permission: MatrixEndpoint["permission"],
  attempt: (input: {
    objects: WorkspaceFixture;
    call: (handler: Handler, path: string, init?: { method?: string; body?: unknown; id?: string }) => Promise<number>;
    role: string;
  }) => Promise<MatrixOutcome>,
  extra: Partial<MatrixEndpoint> = {},
): MatrixEndpoint {
  return {
    permission,
    mutates: false,
    ...extra,
    attempt: async ({ workspaceId, objects }) => {
      const held = await freshToken(objects, workspaceId);
      if (!held) return { status: "not_found", changed: false };
      const call: Parameters<typeof attempt>[0]["call"] = async (handler, path, init = {}) => {
        const request = new Request(`http://matrix.test${path}`, {
          method: init.method ?? "GET",
          headers: {
            ...(held.token ? { authorization: `Bearer ${held.token}` } : {}),
            "content-type": "application/json",
          },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
        return (
          await handler(request, { params: Promise.resolve<Record<string, string>>(init.id ? { id: init.id } : {}) })
        ).status;
      };
      return attempt({ objects, call, role: held.role });
    },
  };
}

const version = async (id: string) =>
  (await testDb().select({ v: conversations.version }).from(conversations).where(eq(conversations.id, id)))[0]!.v;

export const matrix: MatrixModule = {
  endpoints: {
    createApiTokenAction: {
      permission: "api.manage",
      mutates: true,
      audit: "api_token.created",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        const name = `matrix ${uniqueTag()}`;
        const result = await actions.createApiTokenAction({ workspaceId, name, scopes: ["all"], expiresInDays: 30 });
        const rows = await testDb().select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.name, name));
        return { status: resultStatus(result), changed: rows.length > 0 };
      },
    },
    revokeApiTokenAction: {
      permission: "api.manage",
      mutates: true,
      audit: "api_token.revoked",
      attempt: async ({ workspaceId, objects }) => {
        const { hash, prefix } = generateToken();
        const [row] = await testDb()
          .insert(apiTokens)
          .values({
            workspaceId: objects.workspaceId,
            userId: objects.users.admin.id,
            name: "x",
            tokenHash: hash,
            prefix,
          })
          .returning({ id: apiTokens.id });
        const result = await actions.revokeApiTokenAction({ workspaceId, tokenId: row!.id });
        const [after] = await testDb().select().from(apiTokens).where(eq(apiTokens.id, row!.id));
        return { status: resultStatus(result), changed: after!.revokedAt !== null };
      },
    },
    rotateInboundSecretAction: {
      permission: "channels.manage",
      mutates: true,
      audit: "channel.inbound_secret_rotated",
      attempt: async ({ workspaceId, objects }) => {
        const sealed = async () =>
          (await testDb().select().from(channels).where(eq(channels.id, objects.channelId)))[0]!.inboundSecretEncrypted;
        const before = await sealed();
        const result = await actions.rotateInboundSecretAction({ workspaceId, channelId: objects.channelId });
        return { status: resultStatus(result), changed: (await sealed()) !== before };
      },
    },
    "GET /api/v1/identities": tokenRoute("identities.view", async ({ call }) => ({
      status: httpStatus(await call(identitiesRoute.GET, "/api/v1/identities")),
      changed: false,
    })),
    "GET /api/v1/channels": tokenRoute("members.view", async ({ call }) => ({
      status: httpStatus(await call(channelsRoute.GET, "/api/v1/channels")),
      changed: false,
    })),
    "GET /api/v1/conversations": tokenRoute("conversations.view", async ({ call }) => ({
      status: httpStatus(await call(conversationsRoute.GET, "/api/v1/conversations?limit=5")),
      changed: false,
    })),
    "GET /api/v1/posts": tokenRoute("posts.view", async ({ call }) => ({
      status: httpStatus(await call(postsRoute.GET, "/api/v1/posts?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z")),
      changed: false,
    })),
    "GET /api/v1/reports/response-times": tokenRoute("reports.view", async ({ call }) => ({
      status: httpStatus(
        await call(
          responseTimesRoute.GET,
          "/api/v1/reports/response-times?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z&groupBy=identity",
        ),
      ),
      changed: false,
    })),
    "GET /api/v1/conversations/[id]": tokenRoute("conversations.view", async ({ objects, call }) => ({
      status: httpStatus(
        await call(conversationRoute.GET, `/api/v1/conversations/${objects.conversationId}`, {
          id: objects.conversationId,
        }),
      ),
      changed: false,
    })),
    "PATCH /api/v1/conversations/[id]": tokenRoute(
      "conversations.triage",
      async ({ objects, call }) => {
        const id = objects.conversationId;
        const v = await version(id);
        const status = await call(conversationRoute.PATCH, `/api/v1/conversations/${id}`, {
          method: "PATCH",
          id,
          body: { version: v, priority: "urgent" },
        });
        return { status: httpStatus(status), changed: (await version(id)) !== v };
      },
      { mutates: true, audit: "conversation.updated" },
    ),
    "POST /api/v1/conversations/[id]/replies": tokenRoute(
      "conversations.reply",
      async ({ objects, call, role }) => {
        const id = objects.conversationId;
        const v = await version(id);
        const identityId = role === "community_manager" ? objects.identities.persona : objects.identities.brand;
        const status = await call(repliesRoute.POST, `/api/v1/conversations/${id}/replies`, {
          method: "POST",
          id,
          body: { identityId, text: "Matrix reply", version: v },
        });
        return { status: httpStatus(status), changed: (await version(id)) !== v };
      },
      { mutates: true, audit: "conversation.replied" },
    ),
    "POST /api/v1/posts": tokenRoute(
      "posts.create",
      async ({ objects, call, role }) => {
        const count = () => testDb().$count(posts, eq(posts.workspaceId, objects.workspaceId));
        const before = await count();
        const status = await call(postsRoute.POST, "/api/v1/posts", {
          method: "POST",
          body: {
            // A community manager drafts as the persona they operate (on the brand's account, signed).
            identityId: role === "community_manager" ? objects.identities.persona : objects.identities.brand,
            channelIds: [objects.channelId],
            body: "matrix draft",
          },
        });
        return { status: httpStatus(status), changed: (await count()) !== before };
      },
      { mutates: true, audit: "post.created", objectless: true },
    ),
    "PATCH /api/v1/posts/[id]": tokenRoute(
      "posts.approve",
      async ({ objects, call }) => {
        const [post] = await testDb()
          .insert(posts)
          .values({
            workspaceId: objects.workspaceId,
            identityId: objects.identities.brand,
            body: "m",
            status: "in_review",
          })
          .returning({ id: posts.id });
        const status = await call(postRoute.PATCH, `/api/v1/posts/${post!.id}`, {
          method: "PATCH",
          id: post!.id,
          body: { version: 1, status: "approved" },
        });
        const [row] = await testDb().select({ status: posts.status }).from(posts).where(eq(posts.id, post!.id));
        return { status: httpStatus(status), changed: row!.status !== "in_review" };
      },
      { mutates: true, audit: "post.approved" },
    ),
    "POST /api/v1/channels/[id]/inbound-secret": tokenRoute(
      "channels.manage",
      async ({ objects, call }) => {
        const sealed = async () =>
          (await testDb().select().from(channels).where(eq(channels.id, objects.channelId)))[0]!.inboundSecretEncrypted;
        const before = await sealed();
        const status = await call(secretRoute.POST, `/api/v1/channels/${objects.channelId}/inbound-secret`, {
          method: "POST",
          id: objects.channelId,
        });
        return { status: httpStatus(status), changed: (await sealed()) !== before };
      },
      { mutates: true, audit: "channel.inbound_secret_rotated" },
    ),
  },
  unscoped: {
    "POST /api/v1/channels/[id]/inbound":
      "signed with the channel's inbound secret, no member: signatures, 404 and idempotency in test/api/api.test.ts",
    "GET /api/v1/openapi.json": "the public OpenAPI document; validated in test/api/api.test.ts",
  },
};

import "server-only";
import { db, type Db } from "@/db";
import type { SessionUser } from "@/db/queries/users";
import { authorizeMember, type MemberContext } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import { findLiveToken, touchApiToken } from "@/db/queries/api-tokens";
import { loadInboundSecret } from "@/db/queries/ingest-secret";
import { hitRateLimit } from "@/db/queries/rate-limit";
import { hashToken, looksLikeToken, tokenAllows } from "@/lib/api-tokens/token";
import type { Role } from "@/lib/auth/permissions";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { curtainEnv } from "@/lib/env";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "@/lib/http/signature";
import { RateLimitedError, type RouteAuth } from "./route";

/**
 * Route authenticators (see RouteAuth): the session cookie (app routes), an API token (bearer, /api/v1) and the
 * inbound webhook's HMAC signature over the raw body.
 */

/** A member of the route's [workspaceId] with `permission`, read from the database like every action. */
export function memberSession(permission: Permission): RouteAuth<MemberContext & { db: Db }> {
  return {
    cookie: true,
    authenticate: async ({ params }) => ({ ...(await authorizeMember(params.workspaceId, permission)), db }),
  };
}

/** Any signed-in user (e.g. to see avatars). */
export function userSession(): RouteAuth<{ user: SessionUser }> {
  return {
    cookie: true,
    authenticate: async () => {
      const user = await currentUser();
      if (!user) throw new AppError("unauthorized");
      return { user };
    },
  };
}

/** What a token-authenticated handler knows: the workspace is the token's, the user acts with their current role. */
export type TokenContext = {
  db: Db;
  workspaceId: string;
  tokenId: string;
  /** What the token may do beyond the operation's own permission is `tokenAllows(scopes, user.role, …)`. */
  scopes: string[];
  user: { id: string; role: Role; name: string; email: string };
};

/**
 * `Authorization: Bearer <token>` for /api/v1: the token must be live (not revoked or expired), its user active
 * and still a member — all read from the database on every request — and both its scopes and the user's role
 * must grant `permission`. Counted against the token's rate limit (CURTAIN_API_RATE_LIMIT per 60 s).
 */
export function apiToken(permission: Permission): RouteAuth<TokenContext> {
  return {
    cookie: false,
    authenticate: async ({ request }) => {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
      if (!match || !looksLikeToken(match[1]!)) throw new AppError("unauthorized");
      const token = await findLiveToken(db, { tokenHash: hashToken(match[1]!) });
      if (!token) throw new AppError("unauthorized");
      const limit = await hitRateLimit(db, { key: `token:${token.id}`, limit: curtainEnv().CURTAIN_API_RATE_LIMIT });
      if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
      if (!tokenAllows(token.scopes, token.role, permission)) throw new AppError("forbidden");
      await touchApiToken(db, { tokenId: token.id });
      return {
        db,
        workspaceId: token.workspaceId,
        tokenId: token.id,
        scopes: token.scopes,
        user: { id: token.user.id, name: token.user.name, email: token.user.email, role: token.role },
      };
    },
  };
}

export type InboundContext = { db: Db; workspaceId: string; channelId: string; body: Uint8Array };

/**
 * The inbound webhook's signature (lib/http/signature.ts) with the channel's inbound secret, over the raw body
 * (read within the 1 MiB limit first, so an oversized body is 413). Unknown channel: 404; missing, malformed,
 * stale or wrong signature, or no secret generated yet: 401. Valid requests count against the channel's limit.
 */
export function inboundSignature(): RouteAuth<InboundContext> {
  return {
    cookie: false,
    authenticate: async ({ request, params, rawBody }) => {
      const channelId = z.uuid().safeParse(params.id ?? params.channelId);
      if (!channelId.success) throw new AppError("not_found");
      const channel = await loadInboundSecret(db, { channelId: channelId.data, key: connectorSecretKey });
      if (!channel) throw new AppError("not_found");
      const body = await rawBody();
      const check = channel.secret
        ? verifySignature({
            secret: channel.secret,
            timestamp: request.headers.get(TIMESTAMP_HEADER),
            signature: request.headers.get(SIGNATURE_HEADER),
            rawBody: body,
          })
        : ({ ok: false, reason: "missing" } as const);
      if (!check.ok) throw new AppError("unauthorized", undefined, `signature ${check.reason}`);
      const limit = await hitRateLimit(db, {
        key: `inbound:${channelId.data}`,
        limit: curtainEnv().CURTAIN_INBOUND_RATE_LIMIT,
      });
      if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
      return { db, workspaceId: channel.workspaceId, channelId: channelId.data, body };
    },
  };
}

/** No authentication (the OpenAPI document). */
export function publicAccess(): RouteAuth<Record<string, never>> {
  return { cookie: false, authenticate: async () => ({}) };
}

/**
 * Shared by the /api/v1 tests: call route handlers directly with Requests, tokens made with the real query, and a
 * signed inbound request. The test file mocks @/db and the translator (see api.test.ts).
 */
import { createApiToken } from "@/db/queries/api-tokens";
import { testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { signatureFor } from "@/lib/http/signature";

export const BASE = "http://curtain.test";

export async function tokenFor(
  fx: WorkspaceFixture,
  role: keyof WorkspaceFixture["users"],
  scopes: string[] = ["all"],
  expiresAt: Date | null = null,
) {
  const made = await createApiToken(testDb(), {
    workspaceId: fx.workspaceId,
    userId: fx.users[role].id,
    name: `test ${role}`,
    scopes,
    expiresAt,
    actorUserId: fx.users.admin.id,
  });
  if (!made.ok) throw new Error(`token: ${made.code}`);
  return made.value;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function call(
  handler: Handler,
  {
    path,
    method = "GET",
    token,
    body,
    params = {},
    headers = {},
  }: {
    path: string;
    method?: string;
    token?: string;
    body?: unknown;
    params?: Record<string, string>;
    headers?: Record<string, string>;
  },
) {
  const request = new Request(`${BASE}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body:
      body === undefined
        ? undefined
        : typeof body === "string"
          ? body
          : body instanceof Uint8Array
            ? (new Uint8Array(body) as unknown as BodyInit)
            : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

export function signed(secret: string, rawBody: string | Uint8Array, at = new Date()) {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return { "x-curtain-timestamp": timestamp, "x-curtain-signature": signatureFor(secret, timestamp, rawBody) };
}

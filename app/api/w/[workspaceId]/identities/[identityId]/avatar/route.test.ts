import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { identities } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { deleteAvatar, MAX_AVATAR_BYTES, readAvatar, storedAvatarName } from "@/lib/identities/avatar-storage";
import { MESSAGES } from "@/lib/i18n/messages";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));

const { POST } = await import("./route");
const db = testDb();
let fx: WorkspaceFixture;
const stored: string[] = [];

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Avatar upload");
  session.user = {
    id: fx.users.manager.id,
    email: fx.users.manager.email,
    name: "Manager",
    locale: "en",
    avatarUrl: null,
  };
});
afterEach(async () => {
  await Promise.all(stored.splice(0).map(deleteAvatar));
});

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const BOUNDARY = "----curtain-test-boundary";
const encode = (text: string) => new TextEncoder().encode(text);

/** A multipart body with one "file" part, as a stream of 64 KiB chunks without content-length; counts what was pulled. */
function chunkedUpload(file: Uint8Array) {
  const head = encode(
    `--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="a.png"\r\ncontent-type: image/png\r\n\r\n`,
  );
  const whole = Buffer.concat([head, file, encode(`\r\n--${BOUNDARY}--\r\n`)]);
  const sent = { bytes: 0, total: whole.byteLength };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent.bytes >= whole.byteLength) return controller.close();
        const chunk = whole.subarray(sent.bytes, sent.bytes + 64 * 1024);
        sent.bytes += chunk.byteLength;
        controller.enqueue(new Uint8Array(chunk));
      },
    },
    { highWaterMark: 0 },
  );
  return { body, sent };
}

async function upload(identityId: string, file: Uint8Array) {
  const { body, sent } = chunkedUpload(file);
  const init = {
    method: "POST",
    body,
    duplex: "half",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
  };
  const request = new Request(
    `http://test/api/w/${fx.workspaceId}/identities/${identityId}/avatar`,
    init as RequestInit,
  );
  expect(request.headers.get("content-length")).toBeNull();
  const response = await POST(request, { params: Promise.resolve({ workspaceId: fx.workspaceId, identityId }) });
  const json = await response.json();
  if (json.avatarUrl) stored.push(storedAvatarName(json.avatarUrl)!);
  return { status: response.status, json, sent };
}

async function freshPersona() {
  const [row] = await db
    .insert(identities)
    .values({ workspaceId: fx.workspaceId, kind: "persona", displayName: `Avatar ${uniqueTag()}` })
    .returning();
  return row!.id;
}
const avatarOf = async (id: string) =>
  (await db.select({ avatarUrl: identities.avatarUrl }).from(identities).where(eq(identities.id, id)))[0]!.avatarUrl;

describe("POST avatar with a chunked body (no content-length)", () => {
  it("accepts a small image", async () => {
    const id = await freshPersona();
    const { status, json } = await upload(id, PNG);
    expect(status).toBe(201);
    expect(await avatarOf(id)).toBe(json.avatarUrl);
    expect((await readAvatar(storedAvatarName(json.avatarUrl)!))?.contentType).toBe("image/png");
  });

  it("stops reading past the limit and answers with the translated field error, changing nothing", async () => {
    const id = await freshPersona();
    const tooBig = new Uint8Array(MAX_AVATAR_BYTES * 3);
    tooBig.set(PNG);
    const { status, json, sent } = await upload(id, tooBig);
    expect(status).toBe(413);
    expect(json.error.fields).toEqual({
      file: [MESSAGES.en.identities.fieldErrors.fileTooLarge.replace("{max}", "2")],
    });
    // Not buffered whole: reading ended shortly after the limit.
    expect(sent.bytes).toBeLessThan(MAX_AVATAR_BYTES + 256 * 1024);
    expect(sent.bytes).toBeLessThan(sent.total);
    expect(await avatarOf(id)).toBeNull();
  });
});

describe("replacing an uploaded avatar", () => {
  it("deletes the previous stored file and keeps the new one", async () => {
    const id = await freshPersona();
    const first = (await upload(id, PNG)).json.avatarUrl as string;
    const second = (await upload(id, PNG)).json.avatarUrl as string;
    expect(second).not.toBe(first);
    expect(await readAvatar(storedAvatarName(first)!)).toBeNull();
    expect(await readAvatar(storedAvatarName(second)!)).not.toBeNull();
    expect(await avatarOf(id)).toBe(second);
  });

  it("leaves an https avatar alone (nothing stored to delete)", async () => {
    const id = await freshPersona();
    await db.update(identities).set({ avatarUrl: "https://cdn.example/a.png" }).where(eq(identities.id, id));
    expect((await upload(id, PNG)).status).toBe(201);
  });
});

// Issue 6: a same-site page could replace a persona's avatar with the admin's cookie.
describe("cross-site uploads", () => {
  it.each(["https://evil.example", "null"])(
    "refuses Origin %s with a translated 403 and keeps the avatar",
    async (origin) => {
      const id = await freshPersona();
      const { body } = chunkedUpload(PNG);
      const init = {
        method: "POST",
        body,
        duplex: "half",
        headers: { origin, host: "test", "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      };
      const response = await POST(
        new Request(`http://test/api/w/${fx.workspaceId}/identities/${id}/avatar`, init as RequestInit),
        {
          params: Promise.resolve({ workspaceId: fx.workspaceId, identityId: id }),
        },
      );
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: { code: "forbidden", message: MESSAGES.en.errors.forbidden } });
      expect(await avatarOf(id)).toBeNull();
    },
  );

  it("answers 404 for a malformed identity id", async () => {
    const response = await POST(
      new Request(`http://test/api/w/${fx.workspaceId}/identities/%ff/avatar`, { method: "POST" }),
      {
        params: Promise.resolve({ workspaceId: fx.workspaceId, identityId: "%ff" }),
      },
    );
    expect(response.status).toBe(404);
  });
});

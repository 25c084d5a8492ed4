import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { getIdentity } from "@/db/queries/identities";
import { setAvatarUrl } from "@/db/queries/identity-changes";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import {
  avatarUrlFor,
  deleteAvatar,
  deleteReplacedAvatar,
  detectImageType,
  MAX_AVATAR_BYTES,
  saveAvatar,
} from "@/lib/identities/avatar-storage";
import { fail, fieldFailure, orThrow } from "@/lib/outcome";

// The whole multipart body may be the image plus its boundaries and part headers, nothing more.
const MAX_BODY_BYTES = MAX_AVATAR_BYTES + 64 * 1024;
const fileProblem = (code: "payload_too_large" | "bad_request", key: "fileMissing" | "fileTooLarge" | "fileType") =>
  fieldFailure(code, "file", `identities.fieldErrors.${key}`, { max: MAX_AVATAR_BYTES / 1024 / 1024 });

/**
 * Avatar upload (multipart field "file"). A route handler rather than a server action because server actions cap
 * bodies at 1 MB and avatars may be 2 MB. The same gate as every action: membership from the database, identities.manage.
 */
export const POST = route(
  {
    auth: memberSession("identities.manage"),
    params: z.object({ identityId: z.uuid() }),
    body: "raw",
    maxBodyBytes: MAX_BODY_BYTES,
    tooLarge: fileProblem("payload_too_large", "fileTooLarge"),
    status: 201,
  },
  async ({ params: { identityId }, request }, { db, workspaceId, user }) => {
    if (!(await getIdentity(db, { workspaceId, identityId }))) orThrow(fail("not_found"));
    const body = await request.rawBody();
    const form = new Response(body, { headers: { "content-type": request.request.headers.get("content-type") ?? "" } });
    const file = (await form.formData().catch(() => null))?.get("file");
    if (!(file instanceof Blob) || file.size === 0) orThrow(fileProblem("bad_request", "fileMissing"));
    if (file.size > MAX_AVATAR_BYTES) orThrow(fileProblem("payload_too_large", "fileTooLarge"));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectImageType(bytes) ?? orThrow(fileProblem("bad_request", "fileType"));

    const name = await saveAvatar(bytes, type);
    const avatarUrl = avatarUrlFor(name);
    const replaced = await db
      .transaction(async (tx) => {
        const { previousAvatarUrl } = orThrow(await setAvatarUrl(tx, { workspaceId, identityId, avatarUrl }));
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action: "identity.updated",
          objectType: "identity",
          objectId: identityId,
          data: { avatarUrl },
        });
        return previousAvatarUrl;
      })
      .catch(async (error: unknown) => {
        await deleteAvatar(name);
        throw error;
      });
    // Only after commit: a rolled-back change must still find its old file.
    await deleteReplacedAvatar(replaced, avatarUrl);
    return { avatarUrl };
  },
);

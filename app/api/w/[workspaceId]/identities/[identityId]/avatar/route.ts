import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getIdentity } from "@/db/queries/identities";
import { setAvatarUrl } from "@/db/queries/identity-changes";
import { toAppError } from "@/lib/actions/to-app-error";
import { authorizeMember } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { orThrow } from "@/lib/outcome";
import { avatarUrlFor, deleteAvatar, deleteReplacedAvatar, detectImageType, MAX_AVATAR_BYTES, saveAvatar } from "@/lib/identities/avatar-storage";

type Params = { params: Promise<{ workspaceId: string; identityId: string }> };

// The whole multipart body may be the image plus its boundaries and part headers, nothing more.
const MAX_BODY_BYTES = MAX_AVATAR_BYTES + 64 * 1024;

/**
 * The request body, or null as soon as it grows past `limit` (the rest is not read). Counting while reading is
 * what holds for a chunked body without content-length, which formData() would otherwise buffer whole.
 */
async function readBodyAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(chunk.value);
    }
  } catch {
    // The client went away or sent a broken stream.
    throw new AppError("bad_request");
  }
  const body = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (body.set(chunk, offset), offset + chunk.byteLength), 0);
  return body;
}

/**
 * Avatar upload (multipart field "file"). A route handler rather than a server action because server actions cap
 * bodies at 1 MB and avatars may be 2 MB. The same gate as every action: membership from the database, identities.manage.
 */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const t = await getServerTranslator();
  const fileError = (key: "fileMissing" | "fileTooLarge" | "fileType") =>
    new AppError("bad_request", { file: [t(`identities.fieldErrors.${key}`, { max: MAX_AVATAR_BYTES / 1024 / 1024 })] });
  try {
    const { workspaceId, identityId } = await params;
    const { user } = await authorizeMember(workspaceId, "identities.manage");
    if (!z.uuid().safeParse(identityId).success || !(await getIdentity(db, { workspaceId, identityId }))) throw new AppError("not_found");
    // Refuse a declared oversized body before reading it, and any other one once it gets there.
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw fileError("fileTooLarge");
    const body = await readBodyAtMost(request, MAX_BODY_BYTES);
    if (!body) throw fileError("fileTooLarge");
    const form = new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } });
    const file = (await form.formData().catch(() => null))?.get("file");
    if (!(file instanceof Blob) || file.size === 0) throw fileError("fileMissing");
    if (file.size > MAX_AVATAR_BYTES) throw fileError("fileTooLarge");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectImageType(bytes);
    if (!type) throw fileError("fileType");

    const name = await saveAvatar(bytes, type);
    const avatarUrl = avatarUrlFor(name);
    const replaced = await db
      .transaction(async (tx) => {
        const { previousAvatarUrl } = orThrow(await setAvatarUrl(tx, { workspaceId, identityId, avatarUrl }));
        await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "identity.updated", objectType: "identity", objectId: identityId, data: { avatarUrl } });
        return previousAvatarUrl;
      })
      .catch(async (error: unknown) => {
        await deleteAvatar(name);
        throw error;
      });
    // Only after commit: a rolled-back change must still find its old file.
    await deleteReplacedAvatar(replaced, avatarUrl);
    return NextResponse.json({ avatarUrl }, { status: 201 });
  } catch (error) {
    const appError = toAppError(error);
    if (!appError) {
      console.error("Avatar upload failed", error);
      return NextResponse.json({ error: { code: "internal", message: t("errors.internal") } }, { status: 500 });
    }
    return NextResponse.json(
      { error: { code: appError.code, message: t(`errors.${appError.code}`), fieldErrors: appError.fieldErrors } },
      { status: appError.status },
    );
  }
}

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
import { avatarUrlFor, deleteAvatar, detectImageType, MAX_AVATAR_BYTES, saveAvatar } from "@/lib/identities/avatar-storage";

type Params = { params: Promise<{ workspaceId: string; identityId: string }> };

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
    // Refuse obviously oversized bodies before reading them.
    if (Number(request.headers.get("content-length") ?? 0) > MAX_AVATAR_BYTES + 64 * 1024) throw fileError("fileTooLarge");
    const file = (await request.formData().catch(() => null))?.get("file");
    if (!(file instanceof Blob) || file.size === 0) throw fileError("fileMissing");
    if (file.size > MAX_AVATAR_BYTES) throw fileError("fileTooLarge");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectImageType(bytes);
    if (!type) throw fileError("fileType");

    const name = await saveAvatar(bytes, type);
    const avatarUrl = avatarUrlFor(name);
    try {
      await db.transaction(async (tx) => {
        await setAvatarUrl(tx, { workspaceId, identityId, avatarUrl });
        await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "identity.updated", objectType: "identity", objectId: identityId, data: { avatarUrl } });
      });
    } catch (error) {
      await deleteAvatar(name);
      throw error;
    }
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

import { currentUser } from "@/lib/auth/session";
import { readAvatar } from "@/lib/identities/avatar-storage";

/**
 * Serves uploaded avatars to signed-in users. Only names the upload generated (random UUIDs) resolve, so nothing
 * outside the uploads folder can be reached. A stored file never changes (a new avatar gets a new name), but it is
 * deleted once replaced, so browsers keep it privately for an hour rather than for ever.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return new Response(null, { status: 401 });
  const avatar = await readAvatar((await params).file);
  if (!avatar) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(avatar.bytes), {
    headers: {
      "content-type": avatar.contentType,
      "content-length": String(avatar.bytes.length),
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}

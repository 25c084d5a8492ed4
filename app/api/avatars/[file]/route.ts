import { z } from "zod";
import { userSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { readAvatar } from "@/lib/identities/avatar-storage";
import { fail, orThrow } from "@/lib/outcome";

/**
 * Serves uploaded avatars to signed-in users. Only names the upload generated (random UUIDs) resolve, so nothing
 * outside the uploads folder can be reached. A stored file never changes (a new avatar gets a new name), but it is
 * deleted once replaced, so browsers keep it privately for an hour rather than for ever.
 */
export const GET = route({ auth: userSession(), params: z.object({ file: z.string() }) }, async ({ params }) => {
  const avatar = (await readAvatar(params.file)) ?? orThrow(fail("not_found"));
  return new Response(new Uint8Array(avatar.bytes), {
    headers: {
      "content-type": avatar.contentType,
      "content-length": String(avatar.bytes.length),
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
});

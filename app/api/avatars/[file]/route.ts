import { z } from "zod";
import { userSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { UPLOAD_CONTENT_SECURITY_POLICY } from "@/lib/http/content-security-policy";
import { readAvatar } from "@/lib/identities/avatar-storage";
import { fail, orThrow } from "@/lib/outcome";

/**
 * Serves uploaded avatars to signed-in users. Only names the upload generated (random UUIDs) resolve, so nothing
 * outside the uploads folder can be reached. A stored file never changes (a new avatar gets a new name), but it is
 * deleted once replaced, so browsers keep it privately for an hour rather than for ever. The type comes from the
 * file's own first bytes (raster images only), the browser may not sniff another, and the file opened on its own is
 * an inert, sandboxed image with a fixed name (never the uploader's file name).
 */
export const GET = route({ auth: userSession(), params: z.object({ file: z.string() }) }, async ({ params }) => {
  const avatar = (await readAvatar(params.file)) ?? orThrow(fail("not_found"));
  return new Response(new Uint8Array(avatar.bytes), {
    headers: {
      "content-type": avatar.contentType,
      "content-length": String(avatar.bytes.length),
      "content-disposition": `inline; filename="${params.file}"`,
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      // next.config.ts sets the same for this path (its headers replace a route's own).
      "content-security-policy": UPLOAD_CONTENT_SECURITY_POLICY,
    },
  });
});

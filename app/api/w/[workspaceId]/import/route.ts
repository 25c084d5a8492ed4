import { z } from "zod";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { IMPORT_FORMATS } from "@/lib/import/formats";
import { queueUploadedImport } from "@/lib/import/upload";
import { AppError } from "@/lib/errors";
import { orThrow } from "@/lib/outcome";

const uploadQuery = z.object({
  format: z.enum(IMPORT_FORMATS),
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((v) => !v.includes("\u0000")),
});

/** Settings → Import: the raw file as the body (streamed to disk), format and file name in the query. */
export const POST = route(
  { auth: memberSession("import.run"), query: uploadQuery, body: "raw", status: 202 },
  async ({ query, request }, { db, workspaceId, user }) => {
    const body = request.request.body;
    if (!body) throw new AppError("bad_request");
    return orThrow(
      await queueUploadedImport(db, { workspaceId, userId: user.id, format: query.format, fileName: query.name, body }),
    );
  },
);

import { z } from "zod";
import { versionSchema } from "@/lib/actions/common-schemas";

export const approvePostSchema = z.object({
  postId: z.uuid(),
  version: versionSchema,
});

const MAX_RANGE_DAYS = 62;

/** A calendar window; at most two months so one request cannot scan a workspace's whole history. */
export const listPostsQuerySchema = z
  .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { path: ["to"], error: "to must be after from" })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_RANGE_DAYS * 86_400_000, {
    path: ["to"],
    error: "range too long",
  });

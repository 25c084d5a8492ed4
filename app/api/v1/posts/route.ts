import { eq } from "drizzle-orm";
import { apiPosts } from "@/db/queries/api-reads";
import { workspaces } from "@/db/schema";
import { localDateTime, savePostWithAudit } from "@/lib/calendar/save";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";

export const GET = v1Route(OPERATIONS.listPosts, async ({ query }, { db, workspaceId }) => ({
  data: await apiPosts(db, { workspaceId, from: new Date(query.from), to: new Date(query.to) }),
}));

/** A draft through the calendar's own save path (voice rule, channels, limits, audit), then as the API's post. */
export const POST = v1Route(OPERATIONS.createPost, async ({ body }, { db, workspaceId, user }) => {
  const [workspace] = await db
    .select({ timezone: workspaces.timezone })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  const timeZone = workspace!.timezone;
  const when = body.scheduledAt ? localDateTime(new Date(body.scheduledAt), timeZone) : { date: "", time: "" };
  const saved = await savePostWithAudit(db, {
    workspaceId,
    actor: { userId: user.id, role: user.role },
    timeZone,
    input: {
      identityId: body.identityId,
      channelIds: body.channelIds,
      body: body.body,
      variants: body.variants,
      media: [],
      campaign: body.campaign,
      tags: body.tags,
      ...when,
    },
  });
  const [post] = await apiPosts(db, { workspaceId, ids: [saved.id] });
  return { data: post! };
});

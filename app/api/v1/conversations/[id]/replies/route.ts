import { apiMessage } from "@/db/queries/api-reads";
import { sendReply } from "@/db/queries/replies";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { orThrow } from "@/lib/outcome";

/** The app's sendReplyAction over the API: one path (voice check, sign-off, response row, delivery job, audit). */
export const POST = v1Route(OPERATIONS.reply, async ({ params, body }, { db, workspaceId, user }) => {
  const sent = orThrow(
    await sendReply(db, {
      workspaceId,
      conversationId: params.id,
      version: body.version,
      identityId: body.identityId,
      body: body.text,
      user: { id: user.id, role: user.role },
    }),
  );
  return { data: (await apiMessage(db, { workspaceId, id: sent.message.id }))! };
});

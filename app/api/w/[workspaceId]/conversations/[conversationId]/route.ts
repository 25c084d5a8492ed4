import { z } from "zod";
import { getConversationView } from "@/db/queries/conversation-view";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { fail, orThrow } from "@/lib/outcome";

/** The conversation view (thread + contact panel), polled by everyone who has it open. */
export const GET = route(
  { auth: memberSession("conversations.view"), params: z.object({ conversationId: z.uuid() }) },
  async ({ params: { conversationId } }, { db, workspaceId }) =>
    (await getConversationView(db, { workspaceId, conversationId })) ?? orThrow(fail("not_found")),
);

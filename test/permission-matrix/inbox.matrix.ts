import { eq } from "drizzle-orm";
import * as actions from "@/app/(dashboard)/w/[workspace]/inbox/actions";
import * as conversationsRoute from "@/app/api/w/[workspaceId]/conversations/route";
import { conversations } from "@/db/schema";
import { testDb } from "@/db/testing/fixtures";
import { httpStatus, resultStatus, routeParams } from "./helpers";
import type { MatrixModule } from "./types";

async function conversationVersion(id: string) {
  const [row] = await testDb()
    .select({ version: conversations.version })
    .from(conversations)
    .where(eq(conversations.id, id));
  return row!.version;
}

export const matrix: MatrixModule = {
  endpoints: {
    setConversationStatusAction: {
      permission: "conversations.reply",
      mutates: true,
      audit: "conversation.status_changed",
      attempt: async ({ workspaceId, objects }) => {
        const before = await conversationVersion(objects.conversationId);
        const result = await actions.setConversationStatusAction({
          workspaceId,
          conversationId: objects.conversationId,
          status: "pending",
          version: before,
        });
        return {
          status: resultStatus(result),
          changed: (await conversationVersion(objects.conversationId)) !== before,
        };
      },
    },
    "GET /api/w/[workspaceId]/conversations": {
      permission: "conversations.view",
      mutates: false,
      attempt: async ({ workspaceId }) => {
        const response = await conversationsRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/conversations?status=open`),
          routeParams(workspaceId),
        );
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
};

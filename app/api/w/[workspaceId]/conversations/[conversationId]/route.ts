import { getConversationView } from "@/db/queries/conversation-view";
import { workspaceRoute } from "@/lib/api/workspace-route";
import { conversationViewQuerySchema } from "@/lib/conversation/schemas";
import { AppError } from "@/lib/errors";

const view = workspaceRoute("inbox.view", conversationViewQuerySchema, async ({ conversationId }, { db, workspaceId }) => {
  const found = await getConversationView(db, { workspaceId, conversationId });
  if (!found) throw new AppError("not_found");
  return found;
});

/** The conversation view (thread + contact panel), polled by everyone who has it open. */
export async function GET(request: Request, { params }: { params: Promise<{ workspaceId: string; conversationId: string }> }) {
  const { workspaceId, conversationId } = await params;
  // The shared wrapper reads its inputs from the query string; the path segment is handed over that way.
  const url = new URL(request.url);
  url.searchParams.set("conversationId", conversationId);
  return view(new Request(url), { params: Promise.resolve({ workspaceId }) });
}

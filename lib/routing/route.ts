import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import type { Category, Priority } from "@/db/schema/enums";
import { channels } from "@/db/schema";

export type NewConversationFacts = {
  workspaceId: string;
  channelId: string;
  kind: "comment" | "mention" | "dm" | "review";
  category: Category;
  body: string;
  contactLabels: string[];
};
export type RouteDecision = {
  /** The voice the conversation is routed to. */
  identityId: string | null;
  assigneeId: string | null;
  priority: Priority | null;
  /** The rule that decided, for the audit trail; null for the default. */
  ruleId: string | null;
};

/**
 * Where a new conversation goes. The one entry point every way in (inbound webhooks, import, simulator, seed)
 * calls when it creates a conversation. Default: the voice that owns the channel it arrived on.
 */
export async function routeNewConversation(db: DbOrTx, facts: NewConversationFacts): Promise<RouteDecision> {
  const [channel] = await db
    .select({ identityId: channels.identityId })
    .from(channels)
    .where(and(eq(channels.id, facts.channelId), eq(channels.workspaceId, facts.workspaceId)));
  return { identityId: channel?.identityId ?? null, assigneeId: null, priority: null, ruleId: null };
}

import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import type { Category, Priority } from "@/db/schema/enum-values";
import { channels, identities, memberships, routingRules } from "@/db/schema";
import { firstMatchingRule, resolveTarget } from "./match";

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
 * calls when it creates a conversation: the first enabled routing rule of the workspace whose conditions hold
 * (lib/routing/match.ts) decides the voice, and optionally the assignee and priority; without one, the voice that
 * owns the channel it arrived on. A retired voice falls back to the brand. Only new conversations are routed, so
 * changing the rules never rewrites history.
 */
export async function routeNewConversation(db: DbOrTx, facts: NewConversationFacts): Promise<RouteDecision> {
  const { workspaceId } = facts;
  const [[channel], voices, rules] = await Promise.all([
    db
      .select({ identityId: channels.identityId })
      .from(channels)
      .where(and(eq(channels.id, facts.channelId), eq(channels.workspaceId, workspaceId))),
    db
      .select({ id: identities.id, kind: identities.kind, status: identities.status })
      .from(identities)
      .where(eq(identities.workspaceId, workspaceId)),
    db
      .select()
      .from(routingRules)
      .where(and(eq(routingRules.workspaceId, workspaceId), eq(routingRules.enabled, true)))
      .orderBy(asc(routingRules.position)),
  ]);
  const voiceFacts = {
    brandId: voices.find((v) => v.kind === "brand")?.id ?? null,
    channelVoiceId: channel?.identityId ?? null,
    retiredIds: new Set(voices.filter((v) => v.status === "retired").map((v) => v.id)),
  };
  const rule = firstMatchingRule(rules, facts);
  if (!rule) {
    return {
      identityId: resolveTarget({ target: "channel_voice", targetIdentityId: null }, voiceFacts),
      assigneeId: null,
      priority: null,
      ruleId: null,
    };
  }
  return {
    identityId: resolveTarget(rule, voiceFacts),
    assigneeId: rule.assigneeId && (await isActiveMember(db, workspaceId, rule.assigneeId)) ? rule.assigneeId : null,
    priority: rule.priority,
    ruleId: rule.id,
  };
}

/** A rule's assignee who has since left the workspace gets nothing assigned (the item stays unassigned). */
async function isActiveMember(db: DbOrTx, workspaceId: string, userId: string) {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId), isNull(memberships.deactivatedAt)),
    );
  return Boolean(row);
}

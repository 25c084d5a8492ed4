import type { ConversationStatus } from "@/db/schema/enums";

export const inboxKeys = {
  all: (workspaceId: string) => ["inbox", workspaceId] as const,
  list: (workspaceId: string, status: ConversationStatus) => ["inbox", workspaceId, "list", status] as const,
};

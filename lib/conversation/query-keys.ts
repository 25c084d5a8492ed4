export const conversationKeys = {
  view: (workspaceId: string, conversationId: string) => ["conversation", workspaceId, conversationId] as const,
  notifications: (workspaceId: string) => ["notifications", workspaceId] as const,
};

/** Others' replies, notes and changes show up within this interval (polling works across app instances). */
export const CONVERSATION_POLL_MS = 4_000;

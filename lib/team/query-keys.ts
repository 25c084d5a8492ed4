export const teamKeys = {
  members: (workspaceId: string) => ["team", workspaceId, "members"] as const,
};

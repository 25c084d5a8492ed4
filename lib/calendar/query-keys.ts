export const calendarKeys = {
  all: (workspaceId: string) => ["calendar", workspaceId] as const,
  range: (workspaceId: string, from: string, to: string) => ["calendar", workspaceId, from, to] as const,
};

import type { Role } from "@/db/schema/enum-values";

export { ROLES, type Role } from "@/db/schema/enum-values";

/** Everything a member can be allowed to do, as '<resource>.<verb>'. */
export const PERMISSIONS = [
  "conversations.view",
  "conversations.triage",
  "conversations.reply",
  "conversations.assign",
  "notes.create",
  "savedReplies.manage",
  "routing.manage",
  "posts.view",
  "posts.create",
  "posts.approve",
  "posts.selfApprove",
  "posts.publish",
  "identities.view",
  "identities.manage",
  "reports.view",
  "teamReports.view",
  "members.view",
  "members.manage",
  "settings.manage",
  "channels.manage",
  "audit.view",
  "workspaces.create",
  "import.run",
  "webhooks.manage",
  "api.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The one permission table. The server checks it in every action and route; the UI reads it to hide controls.
 * admin: settings, members, channels (and everything else) · manager: approves, assigns, all reports ·
 * social_media_manager: plans/publishes and answers as the brand · community_manager: answers as the personas
 * they operate · analyst: reads calendar and reports.
 *
 * reports.view shows the workspace's totals plus one's own row of the team table; teamReports.view adds every
 * other member's row (social media and community managers see their own figures, not their colleagues'). The same
 * permission decides, in every report view, drill-down and export, whether a member filter may name someone else
 * (without it, it means oneself) and whether the one-row-per-conversation export writes a colleague's name as
 * assignee (without it, "(another member)").
 *
 * conversations.triage (status, priority, category, tags, assigning oneself) is apart from conversations.reply
 * (speaking) so the two can be granted separately. Both are further limited per conversation: a community manager
 * triages and answers only conversations routed to a persona they operate (lib/inbox/triage.ts).
 *
 * Posts (lib/calendar/workflow.ts): posts.create drafts and submits posts, limited to the voices the member may
 * speak as (community managers: the personas they operate; the brand: admin, manager, social media manager).
 * posts.approve approves or rejects someone else's post; posts.selfApprove also one's own and schedules without
 * review. posts.publish schedules approved posts, unschedules, reschedules and cancels.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  manager: [
    "conversations.view",
    "conversations.triage",
    "conversations.reply",
    "conversations.assign",
    "notes.create",
    "savedReplies.manage",
    "routing.manage",
    "posts.view",
    "posts.create",
    "posts.approve",
    "posts.publish",
    "identities.view",
    "identities.manage",
    "reports.view",
    "teamReports.view",
    "members.view",
    "audit.view",
  ],
  social_media_manager: [
    "conversations.view",
    "conversations.triage",
    "conversations.reply",
    "notes.create",
    "posts.view",
    "posts.create",
    "posts.publish",
    "identities.view",
    "reports.view",
  ],
  community_manager: [
    "conversations.view",
    "conversations.triage",
    "conversations.reply",
    "notes.create",
    "posts.view",
    "posts.create",
    "identities.view",
    "reports.view",
  ],
  analyst: ["posts.view", "reports.view", "teamReports.view"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Dashboard sections and the permission that opens each; the sidebar and the pages share this list. */
export const SECTIONS = [
  { key: "inbox", permission: "conversations.view" },
  { key: "calendar", permission: "posts.view" },
  { key: "identities", permission: "identities.view" },
  { key: "reports", permission: "reports.view" },
  { key: "settings", permission: "members.view" },
] as const satisfies readonly { key: string; permission: Permission }[];
export type SectionKey = (typeof SECTIONS)[number]["key"];

export function firstSectionFor(role: Role): SectionKey | undefined {
  return SECTIONS.find((s) => can(role, s.permission))?.key;
}

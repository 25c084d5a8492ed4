import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { getMembership } from "@/db/queries/memberships";
import { can, type Permission } from "./permissions";
import { currentUser } from "./session";

/**
 * For pages: the signed-in user, or a redirect to /login (deactivated and signed-out users included).
 */
export const requireUser = cache(async () => {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
});

/**
 * The caller's membership, read from the database; 404 for non-members. Without the two-factor gate: only for the
 * workspace layout (the shell) and the profile page, where a member sets up two-factor sign-in.
 */
export const requireMembership = cache(async (slug: string) => {
  const user = await requireUser();
  const membership = await getMembership(db, { userId: user.id, slug });
  if (!membership) notFound();
  return { user, ...membership, workspaceId: membership.workspace.id };
});

/**
 * For pages under /w/[workspace]: the caller's membership; a workspace that requires two-factor sign-in sends a
 * member who has not turned it on to their profile to do so.
 */
export const requireMember = cache(async (slug: string) => {
  const member = await requireMembership(slug);
  if (lacksRequiredTwoFactor(member)) redirect(`/w/${member.workspace.slug}/profile?twoFactor=required`);
  return member;
});

/** The workspace requires two-factor sign-in and this member has not turned it on. */
export function lacksRequiredTwoFactor(member: {
  user: { twoFactorEnabled: boolean };
  workspace: { requireTwoFactor: boolean };
}) {
  return member.workspace.requireTwoFactor && !member.user.twoFactorEnabled;
}

/** A page that needs a permission answers 403 to a member without it (the link is hidden too). */
export async function requirePermission(slug: string, permission: Permission) {
  const member = await requireMember(slug);
  if (!can(member.role, permission)) forbidden();
  return member;
}

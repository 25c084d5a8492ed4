import "server-only";
import { z } from "zod";
import { db } from "@/db";
import { getMembership, type MembershipWithWorkspace } from "@/db/queries/memberships";
import type { SessionUser } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { lacksRequiredTwoFactor } from "./member";
import { can, type Permission } from "./permissions";
import { currentUser } from "./session";

export type MemberContext = { user: SessionUser; membership: MembershipWithWorkspace; workspaceId: string };

const uuid = z.uuid();

/**
 * The server-side gate shared by every action and route: who is asking (session re-checked in the database),
 * their role in *this* workspace (read from the database, never from the token) and the permission table.
 * Someone outside the workspace gets not_found so workspace ids cannot be probed.
 */
export async function authorizeMember(workspaceId: unknown, permission: Permission): Promise<MemberContext> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized");
  const id = uuid.safeParse(workspaceId);
  if (!id.success) throw new AppError("not_found");
  const membership = await getMembership(db, { userId: user.id, workspaceId: id.data });
  if (!membership) throw new AppError("not_found");
  if (!can(membership.role, permission)) throw new AppError("forbidden");
  // Until they turn on two-factor sign-in, members of a workspace that requires it can do nothing there.
  if (lacksRequiredTwoFactor({ user, workspace: membership.workspace }))
    throw new AppError("forbidden", undefined, "two_factor_required");
  return { user, membership, workspaceId: id.data };
}

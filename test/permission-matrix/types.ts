import type { WorkspaceFixture } from "@/db/testing/fixtures";
import type { Permission } from "@/lib/auth/permissions";

export type MatrixStatus =
  "ok" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "bad_request" | "rate_limited";
export type MatrixTarget = { workspaceId: string; objects: WorkspaceFixture };
export type MatrixOutcome = { status: MatrixStatus; changed: boolean };

/**
 * One server action or route in the permission matrix. `attempt` calls it once as the signed-in user (the test
 * sets who), creating whatever fresh rows it needs in `objects`' workspace so an allowed call can succeed, and
 * reports whether it changed anything. `workspaceId` may be another workspace than `objects` (tenant checks).
 */
export type MatrixEndpoint = {
  permission: Permission;
  mutates: boolean;
  /** The audit event a successful call writes (every mutation writes one; the matrix checks it, and that a refusal writes none). */
  audit?: string;
  /** Why a mutation writes no audit event (only for the caller's own reading state, such as notifications read). */
  auditExempt?: string;
  /**
   * The action names no existing object (it creates one, or changes the workspace itself), so there is no other
   * workspace's object to reach through one's own workspace; the matrix skips that case for it.
   */
  objectless?: true;
  attempt: (target: MatrixTarget) => Promise<MatrixOutcome>;
};

/** A feature's contribution: its workspace-scoped endpoints, and actions that are not workspace-scoped (with why). */
export type MatrixModule = { endpoints: Record<string, MatrixEndpoint>; unscoped?: Record<string, string> };

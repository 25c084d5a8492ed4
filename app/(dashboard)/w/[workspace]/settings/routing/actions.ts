"use server";

import { moveRoutingRule } from "@/db/queries/routing-order";
import {
  createRoutingRule,
  deleteRoutingRule,
  setRoutingRuleEnabled,
  updateRoutingRule,
} from "@/db/queries/routing-rules";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { orThrow } from "@/lib/outcome";
import {
  createRoutingRuleSchema,
  moveRoutingRuleSchema,
  ruleRefSchema,
  setRoutingRuleEnabledSchema,
  updateRoutingRuleSchema,
} from "@/lib/routing/schemas";

export const createRoutingRuleAction = workspaceAction(
  "routing.manage",
  createRoutingRuleSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await createRoutingRule(db, { workspaceId, actorUserId: user.id, input })),
);

export const updateRoutingRuleAction = workspaceAction(
  "routing.manage",
  updateRoutingRuleSchema,
  async ({ ruleId, version, rule }, { db, workspaceId, user }) =>
    orThrow(await updateRoutingRule(db, { workspaceId, actorUserId: user.id, ruleId, version, input: rule })),
);

export const moveRoutingRuleAction = workspaceAction(
  "routing.manage",
  moveRoutingRuleSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await moveRoutingRule(db, { workspaceId, actorUserId: user.id, ...input })),
);

export const setRoutingRuleEnabledAction = workspaceAction(
  "routing.manage",
  setRoutingRuleEnabledSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await setRoutingRuleEnabled(db, { workspaceId, actorUserId: user.id, ...input })),
);

export const deleteRoutingRuleAction = workspaceAction(
  "routing.manage",
  ruleRefSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await deleteRoutingRule(db, { workspaceId, actorUserId: user.id, ...input })),
);

import type { RoutingRuleListItem } from "@/db/queries/routing-rules";
import type { Jsonify } from "@/lib/jsonify";

export type RuleItem = Jsonify<RoutingRuleListItem>;
export type IdentityOption = {
  id: string;
  displayName: string;
  kind: "brand" | "persona";
  status: "active" | "retired";
};
export type ChannelOption = { id: string; label: string; identityId: string };
export type MemberOption = { id: string; name: string };

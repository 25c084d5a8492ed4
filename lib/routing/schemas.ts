import { z } from "zod";
import { nameCharacters, nameSchema, versionSchema } from "@/lib/actions/common-schemas";
import { CATEGORIES, CONVERSATION_KINDS, PRIORITIES, ROUTING_TARGETS } from "@/db/schema/enum-values";
import { CONTACT_LABELS } from "@/lib/conversation/schemas";

export const MAX_KEYWORDS = 20;

/** A rule's conditions and outcome, as the settings form sends them (an empty list means "any"). */
export const routingRuleFieldsSchema = z
  .object({
    name: nameSchema(80),
    enabled: z.boolean().default(true),
    categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).default([]),
    kinds: z.array(z.enum(CONVERSATION_KINDS)).max(CONVERSATION_KINDS.length).default([]),
    channelIds: z.array(z.uuid()).max(50).default([]),
    keywords: z
      .array(nameCharacters(z.string().trim().min(1).max(60)))
      .max(MAX_KEYWORDS)
      .default([]),
    contactLabels: z.array(z.enum(CONTACT_LABELS)).max(CONTACT_LABELS.length).default([]),
    target: z.enum(ROUTING_TARGETS),
    targetIdentityId: z.uuid().nullable().default(null),
    assigneeId: z.uuid().nullable().default(null),
    priority: z.enum(PRIORITIES).nullable().default(null),
  })
  .refine((rule) => rule.target !== "identity" || rule.targetIdentityId !== null, {
    path: ["targetIdentityId"],
    error: "routing.errors.chooseIdentity",
  });

export const createRoutingRuleSchema = routingRuleFieldsSchema;
export const updateRoutingRuleSchema = z.object({
  ruleId: z.uuid(),
  version: versionSchema,
  rule: routingRuleFieldsSchema,
});
export const ruleRefSchema = z.object({ ruleId: z.uuid(), version: versionSchema });
export const moveRoutingRuleSchema = ruleRefSchema.extend({ direction: z.enum(["up", "down"]) });
export const setRoutingRuleEnabledSchema = ruleRefSchema.extend({ enabled: z.boolean() });

export type RoutingRuleFields = z.output<typeof routingRuleFieldsSchema>;

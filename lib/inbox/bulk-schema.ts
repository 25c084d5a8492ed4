import { z } from "zod";
import { versionSchema, textCharacters } from "@/lib/actions/common-schemas";
import { CATEGORIES, PRIORITIES } from "@/db/schema/enum-values";
import { CONTACT_TAGS } from "./filters";

export type ContactTag = (typeof CONTACT_TAGS)[number];
/** The largest selection one bulk action takes (one infinite-scroll screen is 50 rows; a few pages fit). */
export const BULK_MAX = 200;

const item = z.object({ id: z.uuid(), version: versionSchema });
const change = z.discriminatedUnion("type", [
  z.object({ type: z.literal("assign"), assigneeId: z.uuid().nullable() }),
  z.object({ type: z.literal("tag"), tag: z.enum(CONTACT_TAGS) }),
  z.object({ type: z.literal("categorise"), category: z.enum(CATEGORIES) }),
  z.object({ type: z.literal("priority"), priority: z.enum(PRIORITIES) }),
  z.object({ type: z.literal("resolve") }),
]);

export const bulkSchema = z.object({ items: z.array(item).min(1).max(BULK_MAX), change });

export const assignSchema = z.object({
  conversationId: z.uuid(),
  version: versionSchema,
  assigneeId: z.uuid().nullable(),
});

export const snoozeSchema = z.object({
  conversationId: z.uuid(),
  version: versionSchema,
  until: z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
});

export const escalateSchema = z.object({
  conversationId: z.uuid(),
  version: versionSchema,
  target: z.discriminatedUnion("to", [
    z.object({ to: z.literal("brand") }),
    z.object({ to: z.literal("manager"), managerId: z.uuid() }),
  ]),
  note: textCharacters(z.string().trim().min(1).max(2000)),
});

// Claim next takes nothing but the workspace (which the wrapper reads).
export const claimSchema = z.looseObject({});

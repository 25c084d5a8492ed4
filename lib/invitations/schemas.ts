import { z } from "zod";
import { ROLES } from "@/db/schema/enum-values";
import { emailSchema, nameSchema } from "@/lib/actions/common-schemas";
import { MIN_PASSWORD_LENGTH } from "@/lib/members/schemas";

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: z.enum(ROLES, { error: "validation.invalidOption" }),
});

export const invitationTargetSchema = z.object({ invitationId: z.uuid() });

export const acceptWithTokenSchema = z.object({
  token: z.string().max(100),
  name: nameSchema(120),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  confirmPassword: z.string().max(200),
});

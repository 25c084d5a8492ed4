import { z } from "zod";
import { ROLES } from "@/db/schema/enums";
import { MIN_PASSWORD_LENGTH } from "@/lib/team/schemas";

export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(254).pipe(z.email()),
  role: z.enum(ROLES),
});

export const invitationTargetSchema = z.object({ invitationId: z.uuid() });

// Control characters (NUL included) and bidirectional overrides would let a name look like someone else's.
const printable = /^[^\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F]*$/u;

export const acceptWithTokenSchema = z.object({
  token: z.string().max(100),
  name: z.string().trim().min(1).max(120).regex(printable),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  confirmPassword: z.string().max(200),
});

import { z } from "zod";
import { nameSchema } from "@/lib/actions/common-schemas";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { ALL_SCOPES } from "./token";

import { TOKEN_EXPIRY_DAYS } from "./expiry";

export { TOKEN_EXPIRY_DAYS };

export const createApiTokenSchema = z.object({
  name: nameSchema(80),
  scopes: z
    .array(z.enum([ALL_SCOPES, ...PERMISSIONS]))
    .min(1, { error: "validation.required" })
    .max(PERMISSIONS.length + 1),
  /** Days until it expires; null: never. */
  expiresInDays: z.union(TOKEN_EXPIRY_DAYS.map((d) => z.literal(d))).nullable(),
});

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid() });
export const rotateInboundSecretSchema = z.object({ channelId: z.uuid() });

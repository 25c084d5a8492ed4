import { z } from "zod";

export const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3} ?\d{3}$/, { error: "twoFactor.errors.codeFormat" }),
});
export const passwordSchema = z.object({
  password: z.string().min(1, { error: "validation.enterPassword" }).max(200, { error: "validation.tooLong" }),
});
export const requireTwoFactorSchema = z.object({ required: z.boolean() });

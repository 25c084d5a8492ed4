import { z } from "zod";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" }),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  })
  .refine((e) => e.NODE_ENV !== "production" || e.AUTH_SECRET, {
    message: "AUTH_SECRET is required in production (npm start generates one under .data/ for the embedded database)",
    path: ["AUTH_SECRET"],
  });

export type Env = z.infer<typeof envSchema>;
let cached: Env | undefined;

/** Validated environment, read once. Throws a readable error naming every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}

import { z } from "zod";

/**
 * The one place that reads and validates the environment: DATABASE_URL and AUTH_SECRET for the app server, and
 * every CURTAIN_* variable (also read by the launcher, the CLIs and the worker, so nothing here may import Next).
 * Each is parsed once per process and a bad value fails with a message naming the variable.
 */
const flag = z
  .enum(["0", "1", ""])
  .optional()
  .transform((v) => v === "1");

const rateLimit = (name: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? 600 : v),
    z.coerce
      .number({ error: `${name} must be a whole number from 1 to 1000000` })
      .int()
      .min(1)
      .max(1_000_000),
  );

const curtainSchema = z.object({
  /** Embedded database, generated secrets and uploaded avatars. */
  CURTAIN_DATA_DIR: z.string().trim().min(1).default(".data"),
  /**
   * The connector-secret key as given (hex or base64 of 32 bytes); its format is checked where it is first used
   * (lib/crypto/connector-key.ts), so a server that never seals a secret starts without one. Empty = unset.
   */
  CURTAIN_SECRET_KEY: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined),
  /** Proxies in front of Curtain whose X-Forwarded-For entries can be trusted (see lib/auth/client-address.ts). */
  CURTAIN_TRUSTED_PROXY_HOPS: z.preprocess(
    (v) => (v === undefined || v === "" ? 0 : v),
    z.coerce.number({ error: "CURTAIN_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10" }).int().min(0).max(10),
  ),
  /** Largest history file Settings → Import accepts (bytes; the CLI has no limit). Default 2 GiB. */
  CURTAIN_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 ** 3),
  /** How long an outgoing webhook receiver may take to answer before the attempt is retried (ms). */
  CURTAIN_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Requests per 60 s one API token may make (counted in PostgreSQL, shared by every app instance). */
  CURTAIN_API_RATE_LIMIT: rateLimit("CURTAIN_API_RATE_LIMIT"),
  /** Inbound webhook batches per 60 s one channel may receive. */
  CURTAIN_INBOUND_RATE_LIMIT: rateLimit("CURTAIN_INBOUND_RATE_LIMIT"),
  /** Jobs one worker process runs at once (`npm run worker`, and the worker inside the launcher). */
  CURTAIN_WORKER_CONCURRENCY: z.preprocess(
    (v) => (v === undefined || v === "" ? 4 : v),
    z.coerce.number({ error: "CURTAIN_WORKER_CONCURRENCY must be a whole number from 1 to 200" }).int().min(1).max(200),
  ),
  /** How often an idle worker looks for jobs whose run time has come (ms); new jobs wake it at once. */
  CURTAIN_WORKER_POLL_MS: z.preprocess(
    (v) => (v === undefined || v === "" ? 2_000 : v),
    z.coerce
      .number({ error: "CURTAIN_WORKER_POLL_MS must be a whole number from 100 to 60000" })
      .int()
      .min(100)
      .max(60_000),
  ),
  /** Simulated network latency of the sandbox connector per call, in ms (the publish benchmark uses 20). */
  CURTAIN_SANDBOX_LATENCY_MS: z.preprocess(
    (v) => (v === undefined || v === "" ? 0 : v),
    z.coerce
      .number({ error: "CURTAIN_SANDBOX_LATENCY_MS must be a whole number from 0 to 60000" })
      .int()
      .min(0)
      .max(60_000),
  ),
  /**
   * How long a worker may hold a post target it is publishing before another worker reconciles it (seconds);
   * longer than the connector timeout.
   */
  CURTAIN_PUBLISH_LEASE_SECONDS: z.preprocess(
    (v) => (v === undefined || v === "" ? 120 : v),
    z.coerce
      .number({ error: "CURTAIN_PUBLISH_LEASE_SECONDS must be a whole number from 5 to 3600" })
      .int()
      .min(5)
      .max(3600),
  ),
  /** Tooling: allow tests and benchmarks to create and drop databases on a non-local server. */
  CURTAIN_ALLOW_REMOTE_TEST_DB: flag,
  CURTAIN_ALLOW_REMOTE_BENCH: flag,
});

const appSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" }),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  })
  .refine((e) => e.NODE_ENV !== "production" || e.AUTH_SECRET, {
    message: "AUTH_SECRET is required in production (npm start generates one under .data/ for the embedded database)",
    path: ["AUTH_SECRET"],
  });

export type Env = z.infer<typeof appSchema>;
export type CurtainEnv = z.infer<typeof curtainSchema>;

function parse<T>(schema: z.ZodType<T>, source: Record<string, string | undefined>): T {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

let cachedApp: Env | undefined;
let cachedCurtain: CurtainEnv | undefined;

/** DATABASE_URL and AUTH_SECRET, for the app server's database client. */
export function env(): Env {
  return (cachedApp ??= parse(appSchema, process.env));
}

/** The CURTAIN_* settings; `source` only for tests of the rules themselves. */
export function curtainEnv(source?: Record<string, string | undefined>): CurtainEnv {
  if (source) return parse(curtainSchema, source);
  return (cachedCurtain ??= parse(curtainSchema, process.env));
}

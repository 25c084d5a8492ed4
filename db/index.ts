import "server-only";
import { env } from "@/lib/env";
import { createDb, type Db } from "./connect";

// One client per process; cached on globalThis so dev hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { curtainDb?: Db };

export const db: Db = globalForDb.curtainDb ?? createDb(env().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.curtainDb = db;

export type { Db } from "./connect";

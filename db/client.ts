import { env } from "@/lib/env";
import { createDb, type Db } from "./connect";

// One client per process, created on first use (never at import: `next build` imports this module without a
// database) and cached on globalThis so dev hot reloads — and proxy.ts, which is bundled apart from the app —
// share one pool. Not `server-only`: proxy.ts reads sessions through it (app code imports "@/db").
const globalForDb = globalThis as unknown as { curtainDb?: Db };

function client(): Db {
  globalForDb.curtainDb ??= createDb(env().DATABASE_URL);
  return globalForDb.curtainDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

import { acquireScratchServer, createDatabase, dropDatabase } from "../scratch-server";

/** The PostgreSQL server a bench run uses: it only ever creates and drops its own `curtain_bench_*` databases. */
export type BenchServer = {
  label: string;
  embedded: boolean;
  /** Creates an empty database and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  dropDatabase: (name: string) => Promise<void>;
  /**
   * Drops every database this run created (but `keep`) and refuses new ones from then on, so an interrupted
   * run also cleans up after a scenario that was between its own create and drop.
   */
  dropCreated: (keep: string | undefined, log: (message: string) => void) => Promise<void>;
  /** Stops the embedded server (and removes its temp dir); nothing to stop on DATABASE_URL's server. */
  stop: () => Promise<void>;
};

function checkName(name: string) {
  if (!/^curtain_bench_[a-z0-9_]+$/.test(name)) throw new Error(`Refusing database name ${name}`);
  return name;
}

/**
 * DATABASE_URL when set (loopback only unless CURTAIN_ALLOW_REMOTE_BENCH=1: a bench loads the server for
 * minutes), otherwise a throw-away embedded PostgreSQL.
 */
export async function acquireServer(log: (message: string) => void): Promise<BenchServer> {
  if (!process.env.DATABASE_URL) log("starting embedded PostgreSQL in a temp dir");
  const server = await acquireScratchServer({ overrideEnv: "CURTAIN_ALLOW_REMOTE_BENCH", tempPrefix: "curtain-bench" });
  const created = new Set<string>();
  let closing = false;
  const drop = async (name: string) => {
    await dropDatabase(server.url, checkName(name));
    created.delete(name);
  };
  return {
    label: server.label,
    embedded: server.embedded,
    createDatabase: async (name) => {
      if (closing) throw new Error("The bench is shutting down");
      const url = await createDatabase(server.url, checkName(name));
      created.add(name);
      return url;
    },
    dropDatabase: drop,
    dropCreated: async (keep, log) => {
      closing = true;
      // Repeat until empty: a create that was already under way when closing began lands while we drop.
      for (
        let left = [...created].filter((n) => n !== keep);
        left.length;
        left = [...created].filter((n) => n !== keep)
      ) {
        for (const name of left) {
          log(`dropping ${name}`);
          await drop(name).catch((error) => {
            created.delete(name);
            console.error(`Dropping ${name} failed:`, error);
          });
        }
      }
    },
    stop: server.stop,
  };
}

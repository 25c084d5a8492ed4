/**
 * `npm run worker`: one worker process (run as many as needed). Uses DATABASE_URL, else the embedded server of a
 * running `npm run dev` / `npm start`, else starts the embedded server itself (see db/cli-database.ts).
 * With DATABASE_URL, migrations (ours and graphile-worker's) must have run (`npm run db:migrate`).
 */
import { openCliDatabase } from "../../db/cli-database";
import { startWorker } from "./worker";

const database = await openCliDatabase();
const worker = await startWorker({ connectionString: database.url });
console.error(`Curtain worker running (pid ${process.pid})`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  // Finishes running jobs, releases the rest for other workers.
  await worker.stop().catch((error) => console.error("Stopping the worker failed:", error));
  await database.close().catch((error) => console.error("Stopping PostgreSQL failed:", error));
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());

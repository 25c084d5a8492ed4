/**
 * `npm run worker`: one worker process for production (run as many as needed). Needs DATABASE_URL; migrations
 * (ours and graphile-worker's) must have run (`npm run db:migrate`).
 */
import { startWorker } from "./worker";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("DATABASE_URL is not set. `npm run dev` / `npm start` run a worker inside the launcher.");
  process.exit(1);
}
const worker = await startWorker({ connectionString });
console.log(`Curtain worker running (pid ${process.pid})`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  // Finishes running jobs, releases the rest for other workers.
  await worker.stop().catch((error) => console.error("Stopping the worker failed:", error));
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());

/**
 * The production server: Next's request handler (the same one `next start` runs, with its gzip for pages and
 * data) behind one addition, the build's static JavaScript and CSS sent Brotli-compressed (precompressed-assets.ts).
 * `npm start` runs it; so do the e2e suite, the Lighthouse benchmark and the scale-out spec.
 * Arguments as `next start`: `-p <port>` (or PORT, default 3000) and `-H <hostname>` (default: every interface).
 */
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { precompressedAssetHandler } from "./precompressed-assets";

Object.assign(process.env, { NODE_ENV: "production" });
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const dir = path.resolve(import.meta.dirname, "../..");

const app = next({ dev: false, dir, port, hostname });
await app.prepare();
const handleWithNext = app.getRequestHandler();
const servePrecompressed = precompressedAssetHandler(path.join(dir, ".next", "static"));

const server = createServer((req, res) => {
  servePrecompressed(req, res)
    .then((served) => (served ? undefined : handleWithNext(req, res)))
    .catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
});
server.listen(port, hostname, () => console.log(`Curtain ready on http://${hostname ?? "localhost"}:${port}`));

async function shutdown() {
  server.close();
  server.closeAllConnections();
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());

/**
 * Brotli for the build's static JavaScript and CSS. Next's own server compresses with gzip only; these files never
 * change once built, so `npm run build` compresses each once with Brotli at its highest quality (a .br file next to
 * it: about 13 % fewer bytes than gzip for the JavaScript every page loads first, which is what a phone on a slow
 * network waits for) and the production server sends that file to browsers that accept Brotli. Anything else, and
 * any asset without its .br file (a plain `next build`), is left to Next exactly as before.
 */
import { createHash } from "node:crypto";
import fsSync from "node:fs";
import fs from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { securityHeaders } from "./security-headers";

const STATIC_PREFIX = "/_next/static/";
const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};
// Build ids and Turbopack's chunk names use only these characters; anything else (encoded dots, backslashes) is not
// one of ours and goes to Next, which answers it as it always did. Only names found in the build are served.
const ASSET_PATH = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.~-]+)*\.(?:js|css)$/;
const brotli = promisify(zlib.brotliCompress);

/** Writes `<file>.br` for every JavaScript and CSS file under the build's static folder; returns the totals. */
export async function precompressStaticAssets(staticDir: string) {
  const files = (await fs.readdir(staticDir, { recursive: true })).filter((f) => /\.(js|css)$/.test(f));
  let raw = 0;
  let compressed = 0;
  for (const file of files) {
    const source = await fs.readFile(path.join(staticDir, file));
    const output = await brotli(source, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    });
    await fs.writeFile(path.join(staticDir, `${file}.br`), output);
    raw += source.length;
    compressed += output.length;
  }
  return { files: files.length, raw, compressed };
}

/** Whether the request's Accept-Encoding allows Brotli (`br`, not `br;q=0`). */
export function acceptsBrotli(acceptEncoding: string | undefined) {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (coding !== "br") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

type Asset = { body: Buffer; etag: string };

/**
 * Returns a request handler that answers with the precompressed file when it can (true) and leaves the request
 * alone otherwise (false). A build's static assets are immutable: which .br files exist is read once, here, and
 * each file when first asked for — a request for any other name never touches the disk or the cache.
 */
export function precompressedAssetHandler(staticDir: string) {
  const headers = securityHeaders();
  const available = new Set(
    fsSync.existsSync(staticDir)
      ? (fsSync.readdirSync(staticDir, { recursive: true }) as string[])
          .filter((f) => f.endsWith(".br"))
          .map((f) => f.slice(0, -3).split(path.sep).join("/"))
      : [],
  );
  const cache = new Map<string, Promise<Asset>>();
  const load = (relative: string) =>
    fs.readFile(path.join(staticDir, `${relative}.br`)).then((body) => ({
      body,
      etag: `"br-${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
    }));

  return async function servePrecompressed(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const pathname = (req.url ?? "").split("?")[0]!;
    if (!pathname.startsWith(STATIC_PREFIX) || !acceptsBrotli(req.headers["accept-encoding"])) return false;
    const relative = pathname.slice(STATIC_PREFIX.length);
    if (!ASSET_PATH.test(relative) || !available.has(relative)) return false;
    if (!cache.has(relative)) cache.set(relative, load(relative));
    const asset = await cache.get(relative)!;

    for (const { key, value } of headers) res.setHeader(key, value);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Content-Type", CONTENT_TYPES[path.extname(relative)]!);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("ETag", asset.etag);
    if (req.headers["if-none-match"] === asset.etag) {
      res.writeHead(304).end();
      return true;
    }
    res.setHeader("Content-Encoding", "br");
    res.setHeader("Content-Length", asset.body.length);
    res.writeHead(200).end(req.method === "HEAD" ? undefined : asset.body);
    return true;
  };
}

import fs from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, precompressedAssetHandler, precompressStaticAssets } from "./precompressed-assets";

const SCRIPT = `console.log(${JSON.stringify("curtain ".repeat(500))});`;
let dir: string;
let server: Server;
let base: string;
let totals: Awaited<ReturnType<typeof precompressStaticAssets>>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "curtain-static-"));
  fs.mkdirSync(path.join(dir, "chunks"));
  fs.writeFileSync(path.join(dir, "chunks", "app.js"), SCRIPT);
  fs.writeFileSync(path.join(dir, "chunks", "app.css"), "body{color:red}");
  fs.writeFileSync(path.join(dir, "chunks", "notes.txt"), "not an asset");
  fs.writeFileSync(path.join(dir, "secret.js.br"), "outside chunks, but still under static");
  totals = await precompressStaticAssets(dir);
  // Created after the build's .br files exist, as the production server is.
  const serve = precompressedAssetHandler(dir);
  server = createServer((req, res) => {
    void serve(req, res).then((served) => served || res.writeHead(418).end("next"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_next/static/`;
});
afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}-outside.js.br`, { force: true });
});

function rawStatus(requestPath: string) {
  return new Promise<number>((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    const req = request({ host: "127.0.0.1", port, path: requestPath, headers: { "accept-encoding": "br" } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on("error", reject).end();
  });
}

describe("precompressed static assets", () => {
  it("writes a Brotli copy of each script and stylesheet, and nothing for other files", () => {
    expect(totals).toMatchObject({ files: 2, raw: SCRIPT.length + 15 });
    expect(totals.compressed).toBeLessThan(totals.raw);
    const copy = fs.readFileSync(path.join(dir, "chunks", "app.js.br"));
    expect(zlib.brotliDecompressSync(copy).toString()).toBe(SCRIPT);
    expect(fs.existsSync(path.join(dir, "chunks", "notes.txt.br"))).toBe(false);
  });

  it("reads Accept-Encoding as browsers send it", () => {
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("br;q=0.5")).toBe(true);
    expect(acceptsBrotli("gzip, br;q=0")).toBe(false);
    expect(acceptsBrotli("gzip")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });

  it("sends the Brotli copy with its type, caching, validators and the security headers", async () => {
    const response = await fetch(`${base}chunks/app.js?v=1`, { headers: { "accept-encoding": "br" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SCRIPT); // fetch decodes it
    const h = response.headers;
    expect(h.get("content-encoding")).toBe("br");
    expect(h.get("content-type")).toBe("application/javascript; charset=utf-8");
    expect(h.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(h.get("vary")).toBe("Accept-Encoding");
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("x-frame-options")).toBe("DENY");

    const again = await fetch(`${base}chunks/app.js`, {
      headers: { "accept-encoding": "br", "if-none-match": h.get("etag")! },
    });
    expect(again.status).toBe(304);
    const css = await fetch(`${base}chunks/app.css`, { headers: { "accept-encoding": "br" } });
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("leaves everything else to Next", async () => {
    const toNext = async (url: string, init: RequestInit = {}) =>
      (await fetch(url, { headers: { "accept-encoding": "br" }, ...init })).status;
    expect(await toNext(`${base}chunks/app.js`, { headers: { "accept-encoding": "gzip" } })).toBe(418);
    expect(await toNext(`${base}chunks/app.js`, { method: "POST" })).toBe(418);
    expect(await toNext(`${base}chunks/missing.js`)).toBe(418);
    expect(await toNext(`${base}chunks/notes.txt`)).toBe(418);
    expect(await toNext(`${base}chunks/..%2Fsecret.js`)).toBe(418);
    // fetch would resolve dot segments itself; a raw request keeps them, as an attacker would send them.
    fs.writeFileSync(path.join(dir, "..", `${path.basename(dir)}-outside.js.br`), "outside");
    for (const raw of [`chunks/../../${path.basename(dir)}-outside.js`, `../${path.basename(dir)}-outside.js`])
      expect(await rawStatus(`/_next/static/${raw}`)).toBe(418);
    expect(await toNext(`${base.replace("/_next/static/", "/")}chunks/app.js`)).toBe(418);
  });
});

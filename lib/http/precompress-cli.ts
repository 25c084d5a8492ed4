/** Runs after `next build` (`npm run build`): writes the Brotli copies the production server sends. */
import path from "node:path";
import { precompressStaticAssets } from "./precompressed-assets";

const started = performance.now();
const { files, raw, compressed } = await precompressStaticAssets(path.resolve(".next", "static"));
const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
console.log(
  `Brotli: ${files} static files, ${kB(raw)} → ${kB(compressed)} in ${Math.round(performance.now() - started)} ms`,
);

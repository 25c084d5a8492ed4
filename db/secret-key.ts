import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * For development and the embedded default only: a connector-secret key (32 random bytes, base64url) generated
 * once and kept under the data directory, like db/auth-secret.ts does for AUTH_SECRET. Losing the file means
 * the stored connector secrets cannot be read any more and have to be entered again.
 */
export function localSecretKey(dataDir: string) {
  const file = path.join(dataDir, "secret-key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    // "wx": two processes starting at once must not overwrite each other's freshly written key.
    try {
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

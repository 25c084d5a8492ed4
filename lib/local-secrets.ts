import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * For development and the embedded default only: 32 random bytes (base64url) generated once and kept under the
 * data directory — AUTH_SECRET ("auth-secret") and the connector-secret key ("secret-key"). Production sets both
 * in the environment. Losing "secret-key" means stored connector secrets must be entered again.
 */
export function localSecret(dataDir: string, name: "auth-secret" | "secret-key") {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    // "wx": two processes starting at once must not overwrite each other's freshly written secret.
    try {
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

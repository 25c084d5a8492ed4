import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** For the embedded default only: a stable AUTH_SECRET generated once and kept under the data directory. */
export function localAuthSecret(dataDir: string) {
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

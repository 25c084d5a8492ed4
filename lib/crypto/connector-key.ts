import "server-only";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "@/db/embedded";
import { localSecretKey } from "@/db/secret-key";
import { parseSecretKey, SecretKeyError } from "./secret-box";

let cached: Buffer | undefined;

/** True when DATABASE_URL is the embedded cluster under DATA_DIR (its password file is the launcher's). */
function usesEmbeddedDatabase() {
  const file = path.join(DATA_DIR, "postgres-password");
  const url = process.env.DATABASE_URL;
  if (!url || !fs.existsSync(file)) return false;
  try {
    return decodeURIComponent(new URL(url).password) === fs.readFileSync(file, "utf8").trim();
  } catch {
    return false;
  }
}

/**
 * The key that seals connector secrets, resolved at first use (never at build time): CURTAIN_SECRET_KEY when
 * set; otherwise, in development and with the embedded database, a key generated once under .data/; a
 * production server with its own database must set CURTAIN_SECRET_KEY and gets a clear error until it does.
 */
export function connectorSecretKey(): Buffer {
  if (cached) return cached;
  const configured = process.env.CURTAIN_SECRET_KEY;
  if (configured) cached = parseSecretKey(configured);
  else if (process.env.NODE_ENV !== "production" || usesEmbeddedDatabase()) cached = parseSecretKey(localSecretKey(DATA_DIR), `${DATA_DIR}/secret-key`);
  else {
    throw new SecretKeyError(
      "CURTAIN_SECRET_KEY is required in production to encrypt connector secrets: set it to 32 random bytes " +
        "(openssl rand -base64 32) and keep it safe — connector secrets sealed with it cannot be read without it.",
    );
  }
  return cached;
}

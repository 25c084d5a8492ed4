import { DATA_DIR } from "@/lib/data-dir";
import { curtainEnv } from "@/lib/env";
import { localSecret } from "@/lib/local-secrets";
import { parseSecretKey, SecretKeyError } from "./secret-box";

let cached: Buffer | undefined;

/**
 * The key that seals connector secrets, resolved at first use (never at build time): CURTAIN_SECRET_KEY when
 * set (the launcher sets it for the embedded database); otherwise, in development, a key generated once under .data/; a
 * production server with its own database must set CURTAIN_SECRET_KEY and gets a clear error until it does.
 */
export function connectorSecretKey(): Buffer {
  if (cached) return cached;
  const configured = curtainEnv().CURTAIN_SECRET_KEY;
  if (configured) cached = parseSecretKey(configured);
  // `npm start` on the embedded database gets the generated key from the launcher, through the environment.
  else if (process.env.NODE_ENV !== "production")
    cached = parseSecretKey(localSecret(DATA_DIR, "secret-key"), `${DATA_DIR}/secret-key`);
  else {
    throw new SecretKeyError(
      "CURTAIN_SECRET_KEY is required in production to encrypt connector secrets: set it to 32 random bytes " +
        "(openssl rand -base64 32) and keep it safe — connector secrets sealed with it cannot be read without it.",
    );
  }
  return cached;
}

import { randomBytes } from "node:crypto";

// No look-alikes (0/O, 1/l/I) so the password can be read out or typed from a screen.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random initial password (16 characters, ~92 bits). Shown to the admin once; only its hash is stored. */
export function generateInitialPassword(length = 16): string {
  const bytes = randomBytes(length * 2);
  let password = "";
  // Rejection sampling keeps every character equally likely.
  for (const byte of bytes) {
    if (byte < 256 - (256 % ALPHABET.length)) password += ALPHABET[byte % ALPHABET.length];
    if (password.length === length) return password;
  }
  return password + generateInitialPassword(length - password.length);
}

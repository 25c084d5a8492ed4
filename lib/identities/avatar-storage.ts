import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { DATA_DIR } from "@/lib/data-dir";

export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

const TYPES = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
} as const;
export type AvatarExtension = keyof typeof TYPES;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The image type from the file's first bytes. The browser's declared type and the file name are not trusted. */
export function detectImageType(bytes: Uint8Array): AvatarExtension | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  return null;
}

// Only names this module generates are ever served: no path separators, no dots but the extension's.
const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp|gif)$/;

export const uploadsDir = () => path.join(DATA_DIR, "uploads");
export const avatarUrlFor = (name: string) => `/api/avatars/${name}`;

/** Stores an already validated image under a random name and returns that name. */
export async function saveAvatar(bytes: Uint8Array, extension: AvatarExtension) {
  const name = `${randomUUID()}.${extension}`;
  await fs.mkdir(uploadsDir(), { recursive: true });
  await fs.writeFile(path.join(uploadsDir(), name), bytes, { flag: "wx" });
  return name;
}

export async function deleteAvatar(name: string) {
  if (STORED_NAME.test(name)) await fs.rm(path.join(uploadsDir(), name), { force: true });
}

/** The stored file's name when `url` is exactly what avatarUrlFor made for it; null for every other URL or path. */
export function storedAvatarName(url: string | null) {
  const name = url?.startsWith(avatarUrlFor("")) ? url.slice(avatarUrlFor("").length) : null;
  return name && STORED_NAME.test(name) ? name : null;
}

/**
 * After an avatar was replaced or removed (and committed), deletes the file the old URL pointed at — only if this
 * module stored it; an https URL or anything else is left alone. A failure is logged, never the user's problem:
 * the change itself succeeded and the file is only unreachable garbage then.
 */
export async function deleteReplacedAvatar(previousUrl: string | null, currentUrl: string | null) {
  const name = previousUrl === currentUrl ? null : storedAvatarName(previousUrl);
  if (!name) return;
  await deleteAvatar(name).catch((error: unknown) => console.error("Could not delete a replaced avatar", name, error));
}

/** The stored file and its content type, or null for any name this module did not generate or cannot find. */
export async function readAvatar(name: string) {
  const match = STORED_NAME.exec(name);
  if (!match) return null;
  try {
    const bytes = await fs.readFile(path.join(uploadsDir(), name));
    return { bytes, contentType: TYPES[match[1] as AvatarExtension] };
  } catch {
    return null;
  }
}

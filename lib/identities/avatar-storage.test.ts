import { describe, expect, it } from "vitest";
import {
  avatarUrlFor,
  deleteAvatar,
  deleteReplacedAvatar,
  detectImageType,
  readAvatar,
  saveAvatar,
  storedAvatarName,
} from "./avatar-storage";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("detectImageType", () => {
  it("knows png, jpeg, gif and webp by their magic bytes", () => {
    expect(detectImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(detectImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpg");
    expect(detectImageType(bytes("GIF89a", [1, 0]))).toBe("gif");
    expect(detectImageType(bytes("GIF87a"))).toBe("gif");
    expect(detectImageType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("webp");
  });

  it("refuses everything else, whatever it claims to be", () => {
    expect(detectImageType(bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectImageType(bytes("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectImageType(bytes("RIFF", [0, 0, 0, 0], "WAVE"))).toBeNull();
    expect(detectImageType(bytes([0x89, 0x50, 0x4e]))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});

describe("saveAvatar / readAvatar", () => {
  it("stores under a random name and reads it back with its content type", async () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const [a, b] = await Promise.all([saveAvatar(png, "png"), saveAvatar(png, "png")]);
    expect(a).toMatch(/^[0-9a-f-]{36}\.png$/);
    expect(a).not.toBe(b);
    const read = await readAvatar(a);
    expect(read?.contentType).toBe("image/png");
    expect(new Uint8Array(read!.bytes)).toEqual(png);
    await Promise.all([deleteAvatar(a), deleteAvatar(b)]);
    expect(await readAvatar(a)).toBeNull();
  });

  it("never resolves a name it did not generate", async () => {
    for (const name of [
      "../auth-secret",
      "..%2Fauth-secret",
      "x.png",
      "00000000-0000-0000-0000-000000000000.svg",
      "/etc/passwd",
      "",
    ]) {
      expect(await readAvatar(name)).toBeNull();
    }
  });
});

describe("deleteReplacedAvatar", () => {
  const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 4]);

  it("deletes the file a replaced upload URL pointed at, not the current one", async () => {
    const [old, current] = await Promise.all([saveAvatar(png, "png"), saveAvatar(png, "png")]);
    await deleteReplacedAvatar(avatarUrlFor(old), avatarUrlFor(current));
    expect(await readAvatar(old)).toBeNull();
    expect(await readAvatar(current)).not.toBeNull();
    // Unchanged (the same URL saved again) deletes nothing; a removal (null) deletes the old file.
    await deleteReplacedAvatar(avatarUrlFor(current), avatarUrlFor(current));
    expect(await readAvatar(current)).not.toBeNull();
    await deleteReplacedAvatar(avatarUrlFor(current), null);
    expect(await readAvatar(current)).toBeNull();
  });

  it("only ever touches names it generated, reached through the exact URL it made", async () => {
    const kept = await saveAvatar(png, "png");
    try {
      for (const url of [
        `https://cdn.example${avatarUrlFor(kept)}`,
        `/api/avatars/../uploads/${kept}`,
        `/api/avatars/${kept}/`,
        `/elsewhere/${kept}`,
        kept,
        "/api/avatars/../../auth-secret",
        null,
      ]) {
        expect(storedAvatarName(url), String(url)).toBeNull();
        await deleteReplacedAvatar(url, null);
      }
      expect(await readAvatar(kept)).not.toBeNull();
      expect(storedAvatarName(avatarUrlFor(kept))).toBe(kept);
    } finally {
      await deleteAvatar(kept);
    }
  });
});

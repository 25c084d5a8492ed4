import type { IdentityKind, Role } from "@/db/schema/enum-values";

/**
 * THE rule for who may speak as which voice. Every feature that sends words (replies, posts) asks this function,
 * so the answer can never differ between the composer, the server action and the profile menu.
 *
 * - The brand speaks through the roles that run it: admin, manager, social media manager.
 * - A persona speaks only through its operators — a persona is a person's public face, so even an admin must be
 *   made an operator first. A retired persona speaks for nobody (it stays for history and reports).
 */
export const BRAND_VOICE_ROLES: readonly Role[] = ["admin", "manager", "social_media_manager"];

export type SpeakingUser = { id: string; role: Role };
export type VoiceCandidate = { kind: IdentityKind; status: "active" | "retired"; operatorIds: readonly string[] };

export function canSpeakAs(user: SpeakingUser, identity: VoiceCandidate): boolean {
  if (identity.status !== "active") return false;
  if (identity.kind === "brand") return BRAND_VOICE_ROLES.includes(user.role);
  return identity.operatorIds.includes(user.id);
}

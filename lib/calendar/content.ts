import type { Platform } from "@/db/schema/enum-values";
import type { VoiceGuide } from "@/db/schema/identities";
import { applySignOff, checkVoice, type SigningIdentity } from "@/lib/identities/voice";
import type { FieldProblem } from "@/lib/outcome";
import { measureText, type LengthCheck, type XCounter } from "@/lib/text/measure";

export type ContentIdentity = SigningIdentity & { voiceGuide: Pick<VoiceGuide, "banned" | "avoid"> };
export type ContentTarget = {
  channelId: string;
  platform: Platform;
  channelIdentityId: string;
  variant: string | null;
};

/**
 * The text a post sends on one channel: its variant or the base text, signed with the persona's sign-off when the
 * account belongs to someone else (the brand's), exactly as replies are signed.
 */
export function outgoingText(body: string, identity: SigningIdentity, target: ContentTarget): string {
  const text = target.variant?.trim() ? target.variant : body;
  return applySignOff(text, identity, { identityId: target.channelIdentityId });
}

export type TargetCheck = LengthCheck & { channelId: string; platform: Platform; text: string; banned: string[] };

/** Every target's outgoing text with its length against the platform's post limit and its banned terms. */
export function checkTargets(
  body: string,
  identity: ContentIdentity,
  targets: readonly ContentTarget[],
  countX: XCounter,
): TargetCheck[] {
  return targets.map((target) => {
    const text = outgoingText(body, identity, target);
    return {
      channelId: target.channelId,
      platform: target.platform,
      text,
      banned: checkVoice(text, identity.voiceGuide).banned,
      ...measureText(text, target.platform, "post", countX),
    };
  });
}

/**
 * What keeps a post from going to review or being scheduled, as field problems: no channel, no text, a text over
 * a platform's limit, a banned term. A problem of a variant sits on that variant's field (`variants.<channelId>`),
 * of the base text on `body`.
 */
export function contentProblems(
  body: string,
  identity: ContentIdentity,
  targets: readonly ContentTarget[],
  countX: XCounter,
): Record<string, FieldProblem[]> {
  const fields: Record<string, FieldProblem[]> = {};
  const add = (field: string, problem: FieldProblem) => (fields[field] ??= []).push(problem);
  if (targets.length === 0) add("channelIds", { key: "calendar.errors.noChannel" });
  for (const check of checkTargets(body, identity, targets, countX)) {
    const target = targets.find((t) => t.channelId === check.channelId)!;
    const field = target.variant?.trim() ? `variants.${check.channelId}` : "body";
    if (!check.text.trim()) add(field, { key: "calendar.errors.emptyText" });
    if (check.over)
      add(field, {
        key: "calendar.errors.overLimit",
        values: { platform: check.platform, length: check.length, limit: check.limit },
      });
    if (check.banned.length) add(field, { key: "calendar.errors.banned", values: { terms: check.banned.join(", ") } });
  }
  // One message per field is enough when several channels share the base text.
  for (const [field, list] of Object.entries(fields))
    fields[field] = list.filter((p, i) => list.findIndex((q) => q.key === p.key) === i);
  return fields;
}

/**
 * THE rule for where an identity may post: on its own accounts, and — for a persona — also on the brand's accounts
 * (signed with the persona's sign-off, as replies are). The brand never posts through a persona's own account:
 * that account is a person's public face.
 */
export function channelFits(channel: { identityId: string; ownerKind: string }, identityId: string): boolean {
  return channel.identityId === identityId || channel.ownerKind === "brand";
}

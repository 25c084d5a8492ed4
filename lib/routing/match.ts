import type { Category, ConversationKind, Priority, RoutingTarget } from "@/db/schema/enum-values";

/** The conditions and outcome of one rule, as the matcher needs them (a routing_rules row fits). */
export type RuleForMatching = {
  id: string;
  enabled: boolean;
  position: number;
  categories: readonly Category[];
  kinds: readonly ConversationKind[];
  channelIds: readonly string[];
  keywords: readonly string[];
  contactLabels: readonly string[];
  target: RoutingTarget;
  targetIdentityId: string | null;
  assigneeId: string | null;
  priority: Priority | null;
};

/** What is known about a message when it arrives (and what the settings page's preview asks for). */
export type MatchFacts = {
  category: Category;
  kind: ConversationKind;
  channelId: string;
  body: string;
  contactLabels: readonly string[];
};

const fold = (text: string) => text.normalize("NFKC").toLocaleLowerCase("en");

/**
 * A keyword matches as a whole word or phrase, case-insensitively, so "refund" matches "Refund please!" but
 * "art" does not match "party".
 */
export function containsKeyword(body: string, keyword: string) {
  const needle = fold(keyword.trim());
  if (!needle) return false;
  const haystack = fold(body);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Every condition holds: an empty list holds for anything, a filled one when any of its values matches. */
export function ruleMatches(rule: RuleForMatching, facts: MatchFacts): boolean {
  const any = <T>(list: readonly T[], test: (value: T) => boolean) => list.length === 0 || list.some(test);
  return (
    any(rule.categories, (c) => c === facts.category) &&
    any(rule.kinds, (k) => k === facts.kind) &&
    any(rule.channelIds, (id) => id === facts.channelId) &&
    any(rule.contactLabels, (label) => facts.contactLabels.includes(label)) &&
    any(rule.keywords, (keyword) => containsKeyword(facts.body, keyword))
  );
}

/** The first enabled rule, in position order, whose conditions hold; null when none does. */
export function firstMatchingRule<R extends RuleForMatching>(rules: readonly R[], facts: MatchFacts): R | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  return ordered.find((rule) => rule.enabled && ruleMatches(rule, facts)) ?? null;
}

export type VoiceFacts = {
  brandId: string | null;
  /** The identity that owns the channel the message arrived on. */
  channelVoiceId: string | null;
  /** Identities of the workspace that are retired. */
  retiredIds: ReadonlySet<string>;
};

/**
 * The identity a rule sends to. A named identity that has been retired since the rule was saved falls back to the
 * brand (the settings page warns about such rules), so nothing lands on a voice nobody speaks for any more.
 */
export function resolveTarget(rule: Pick<RuleForMatching, "target" | "targetIdentityId">, voices: VoiceFacts) {
  if (rule.target === "brand") return voices.brandId;
  const id = rule.target === "channel_voice" ? voices.channelVoiceId : rule.targetIdentityId;
  return id && !voices.retiredIds.has(id) ? id : voices.brandId;
}

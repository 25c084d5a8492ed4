import { describe, expect, it } from "vitest";
import { containsKeyword, firstMatchingRule, resolveTarget, ruleMatches, type RuleForMatching } from "./match";

const rule = (over: Partial<RuleForMatching> & { id: string; position: number }): RuleForMatching => ({
  enabled: true,
  categories: [],
  kinds: [],
  channelIds: [],
  keywords: [],
  contactLabels: [],
  target: "brand",
  targetIdentityId: null,
  assigneeId: null,
  priority: null,
  ...over,
});
const facts = {
  category: "question" as const,
  kind: "dm" as const,
  channelId: "ch-1",
  body: "Where is my REFUND? Order 123",
  contactLabels: ["vip"],
};

describe("keyword matching", () => {
  it("matches whole words and phrases, case-insensitively", () => {
    expect(containsKeyword("Refund please!", "refund")).toBe(true);
    expect(containsKeyword("a great party", "art")).toBe(false);
    expect(containsKeyword("Wo ist meine Rückerstattung?", "rückerstattung")).toBe(true);
    expect(containsKeyword("my order is late", "order is")).toBe(true);
    expect(containsKeyword("anything", "  ")).toBe(false);
  });
});

describe("rule conditions", () => {
  it("an empty rule matches everything; every filled condition must hold", () => {
    expect(ruleMatches(rule({ id: "a", position: 1 }), facts)).toBe(true);
    expect(ruleMatches(rule({ id: "a", position: 1, categories: ["question", "praise"], kinds: ["dm"] }), facts)).toBe(
      true,
    );
    expect(ruleMatches(rule({ id: "a", position: 1, categories: ["question"], kinds: ["review"] }), facts)).toBe(false);
    expect(ruleMatches(rule({ id: "a", position: 1, channelIds: ["ch-2"] }), facts)).toBe(false);
    expect(ruleMatches(rule({ id: "a", position: 1, contactLabels: ["critic", "vip"] }), facts)).toBe(true);
    expect(ruleMatches(rule({ id: "a", position: 1, contactLabels: ["critic"] }), facts)).toBe(false);
    expect(ruleMatches(rule({ id: "a", position: 1, keywords: ["refund", "broken"] }), facts)).toBe(true);
    expect(ruleMatches(rule({ id: "a", position: 1, keywords: ["broken"] }), facts)).toBe(false);
  });
});

describe("rule order", () => {
  it("the first enabled matching rule by position wins, whatever order the list comes in", () => {
    const rules = [
      rule({ id: "late", position: 3 }),
      rule({ id: "off", position: 1, enabled: false }),
      rule({ id: "other-kind", position: 0, kinds: ["review"] }),
      rule({ id: "first", position: 2, keywords: ["refund"] }),
    ];
    expect(firstMatchingRule(rules, facts)?.id).toBe("first");
    expect(firstMatchingRule(rules, { ...facts, body: "hello" })?.id).toBe("late");
    expect(firstMatchingRule([rule({ id: "x", position: 1, kinds: ["review"] })], facts)).toBeNull();
  });
});

describe("targets", () => {
  const voices = { brandId: "brand", channelVoiceId: "becky", retiredIds: new Set(["old"]) };
  it("sends to the brand, the channel's voice or a named identity", () => {
    expect(resolveTarget({ target: "brand", targetIdentityId: null }, voices)).toBe("brand");
    expect(resolveTarget({ target: "channel_voice", targetIdentityId: null }, voices)).toBe("becky");
    expect(resolveTarget({ target: "identity", targetIdentityId: "jay" }, voices)).toBe("jay");
  });
  it("falls back to the brand for a retired persona or a channel without a voice", () => {
    expect(resolveTarget({ target: "identity", targetIdentityId: "old" }, voices)).toBe("brand");
    expect(
      resolveTarget({ target: "channel_voice", targetIdentityId: null }, { ...voices, channelVoiceId: "old" }),
    ).toBe("brand");
    expect(
      resolveTarget({ target: "channel_voice", targetIdentityId: null }, { ...voices, channelVoiceId: null }),
    ).toBe("brand");
  });
});

import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/schema/enum-values";
import { canSpeakAs, type VoiceCandidate } from "./speak-as";

const me = "user-me";
const brand: VoiceCandidate = { kind: "brand", status: "active", operatorIds: [] };
const operated: VoiceCandidate = { kind: "persona", status: "active", operatorIds: ["someone", me] };
const notOperated: VoiceCandidate = { kind: "persona", status: "active", operatorIds: ["someone"] };
const retired: VoiceCandidate = { kind: "persona", status: "retired", operatorIds: [me] };

// Written out by hand, not derived from BRAND_VOICE_ROLES, so a change to the rule shows up here.
const BRAND: Record<Role, boolean> = {
  admin: true,
  manager: true,
  social_media_manager: true,
  community_manager: false,
  analyst: false,
};

describe.each(ROLES)("canSpeakAs for a %s", (role) => {
  const user = { id: me, role };

  it(`${BRAND[role] ? "may" : "may not"} speak as the brand`, () => {
    expect(canSpeakAs(user, brand)).toBe(BRAND[role]);
  });

  it("may speak as a persona they operate", () => {
    expect(canSpeakAs(user, operated)).toBe(true);
  });

  it("may not speak as a persona they do not operate, whatever the role", () => {
    expect(canSpeakAs(user, notOperated)).toBe(false);
    expect(canSpeakAs(user, { ...notOperated, operatorIds: [] })).toBe(false);
  });

  it("may not speak as a retired persona, even as its operator", () => {
    expect(canSpeakAs(user, retired)).toBe(false);
  });

  it("being listed as an operator of the brand gives no brand voice to other roles", () => {
    expect(canSpeakAs(user, { ...brand, operatorIds: [me] })).toBe(BRAND[role]);
  });
});

it("a retired brand (which the app never allows) speaks for nobody", () => {
  expect(canSpeakAs({ id: me, role: "admin" }, { ...brand, status: "retired" })).toBe(false);
});

import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/credentials";
import { MESSAGES } from "@/lib/i18n/messages";
import type { ServerTranslator } from "@/lib/i18n/server";
import {
  changePasswordSchema,
  createWorkspaceSchema,
  updateProfileSchema,
  workspaceSettingsSchema,
} from "@/lib/members/schemas";
import { identityFieldsSchema } from "@/lib/identities/schemas";
import { createChannelSchema } from "@/lib/channels/schemas";
import { acceptWithTokenSchema, inviteMemberSchema } from "@/lib/invitations/schemas";
import { translateIssues } from "./validation";

const translator = (locale: "en" | "de") =>
  createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as ServerTranslator;
function errors(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: unknown[] } } },
  input: unknown,
  locale: "en" | "de" = "en",
) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return translateIssues(parsed.error!.issues as Parameters<typeof translateIssues>[0], translator(locale));
}

const settings = {
  name: "Demo",
  timezone: "Europe/Berlin",
  defaultLocale: "en",
  businessHours: { "1": [["09:00", "17:00"]] },
  slaTargets: { urgent: 15, high: 60, normal: 240, low: 1440 },
};

describe("validation messages a person understands", () => {
  it("says what is missing on sign-in, in English and German", () => {
    expect(errors(signInSchema, { email: "", password: "" })).toEqual({
      email: ["Enter an email address."],
      password: ["Enter your password."],
    });
    expect(errors(signInSchema, { email: " ", password: "" }, "de")).toEqual({
      email: ["Geben Sie eine E-Mail-Adresse ein."],
      password: ["Geben Sie Ihr Passwort ein."],
    });
    expect(errors(signInSchema, { email: "jo", password: "x" })).toEqual({
      email: ["Enter an email address like name@example.com."],
    });
  });

  it("asks for an email when inviting and for a name when accepting", () => {
    expect(errors(inviteMemberSchema, { email: "", role: "analyst" })).toEqual({ email: ["Enter an email address."] });
    expect(
      errors(acceptWithTokenSchema, {
        token: "t",
        name: " ",
        password: "a-long-password",
        confirmPassword: "a-long-password",
      }).name,
    ).toEqual(["Enter a name."]);
  });

  it("reads SLA targets as minutes, with the range in the message (EN and DE number formats)", () => {
    const sla = { urgent: "", high: "0", normal: "abc", low: "10081" };
    const en = errors(workspaceSettingsSchema, { ...settings, slaTargets: sla });
    for (const p of ["urgent", "high", "normal", "low"])
      expect(en[`slaTargets.${p}`]).toEqual(["Between 1 and 10,080 minutes."]);
    expect(errors(workspaceSettingsSchema, { ...settings, slaTargets: sla }, "de")["slaTargets.low"]).toEqual([
      "Zwischen 1 und 10.080 Minuten.",
    ]);
    expect(
      workspaceSettingsSchema.parse({ ...settings, slaTargets: { urgent: "15", high: 60, normal: "240", low: "1440" } })
        .slaTargets.urgent,
    ).toBe(15);
  });

  it("reports every workspace-settings problem in one pass", () => {
    const result = errors(workspaceSettingsSchema, {
      ...settings,
      name: "",
      timezone: "Mars/Olympus",
      businessHours: {
        "1": [["18:00", "08:00"]],
        "2": [
          ["09:00", "12:00"],
          ["11:00", "13:00"],
        ],
      },
      slaTargets: { ...settings.slaTargets, urgent: 0 },
    });
    expect(Object.keys(result).sort()).toEqual([
      "businessHours.1",
      "businessHours.2",
      "name",
      "slaTargets.urgent",
      "timezone",
    ]);
    expect(result.name).toEqual(["Enter a name."]);
    expect(result["businessHours.1"]).toEqual(["Each time range must start before it ends."]);
  });

  it("refuses a 400-character workspace name instead of cutting it", () => {
    expect(errors(workspaceSettingsSchema, { ...settings, name: "x".repeat(400) })).toEqual({
      name: ["Use at most 120 characters."],
    });
    expect(
      errors(createWorkspaceSchema, { name: "x".repeat(121), timezone: "UTC", defaultLocale: "de" }, "de"),
    ).toEqual({
      name: ["Verwenden Sie höchstens 120 Zeichen."],
    });
  });

  it("says what a new password needs", () => {
    expect(errors(changePasswordSchema, { currentPassword: "", newPassword: "", confirmPassword: "" })).toEqual({
      currentPassword: ["Enter your current password."],
      newPassword: ["Enter a new password."],
    });
    expect(
      errors(changePasswordSchema, { currentPassword: "x", newPassword: "short", confirmPassword: "short" }),
    ).toEqual({
      newPassword: ["Use at least 10 characters for the new password."],
    });
  });

  it("refuses NUL, control and text-direction characters in names, handles and sign-offs", () => {
    expect(errors(updateProfileSchema, { name: "Jo\u0000", avatarUrl: "", locale: "en" }).name).toEqual([
      "Remove the invisible control characters (such as NUL or a line break).",
    ]);
    expect(
      errors(acceptWithTokenSchema, {
        token: "t",
        name: "\u202Enimda",
        password: "a-long-password",
        confirmPassword: "a-long-password",
      }).name,
    ).toEqual(["Remove the text-direction characters: they can make a name look like someone else's."]);
    const identity = {
      displayName: "Becky\u2066",
      handle: "@be\u0007cky",
      bio: "Hi\u0000",
      signOff: "-B\u202Dy",
      voiceGuide: { tone: "", banned: ["ok", "b\u0000d"] },
    };
    expect(Object.keys(errors(identityFieldsSchema, identity)).sort()).toEqual([
      "bio",
      "displayName",
      "handle",
      "signOff",
      "voiceGuide.banned",
    ]);
    expect(
      errors(createChannelSchema, {
        platform: "x",
        handle: "@a\u0000",
        identityId: crypto.randomUUID(),
        connector: "sandbox",
      }).handle,
    ).toHaveLength(1);
  });

  it("keeps line breaks in free text", () => {
    expect(
      identityFieldsSchema.safeParse({ bio: "Line one\nLine two\ttab", voiceGuide: { tone: "warm\r\nfriendly" } })
        .success,
    ).toBe(true);
  });
});

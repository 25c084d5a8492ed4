import { describe, expect, it } from "vitest";
import { resolveConnectorConfig, type ConnectorInput } from "./config";

const empty: ConnectorInput = { webhookUrl: "", signingSecret: "", instanceUrl: "", accessToken: "" };
const webhook = {
  connector: "webhook" as const,
  url: "https://hooks.example.com/in/abc",
  signingSecret: "s".repeat(20),
};
const mastodon = { connector: "mastodon" as const, instanceUrl: "https://mastodon.social", accessToken: "token-12345" };

describe("resolveConnectorConfig keeps secrets only where they were given", () => {
  it("keeps the stored secret when only the path on the same host changes", () => {
    const result = resolveConnectorConfig(
      "webhook",
      "x",
      { ...empty, webhookUrl: "https://hooks.example.com/in/xyz" },
      webhook,
    );
    expect(result).toEqual({ ok: true, config: { ...webhook, url: "https://hooks.example.com/in/xyz" } });
  });

  it("asks for the signing secret again when the webhook moves to another host", () => {
    const result = resolveConnectorConfig(
      "webhook",
      "x",
      { ...empty, webhookUrl: "https://evil.example.net/in" },
      webhook,
    );
    expect(result).toEqual({ ok: false, fieldErrors: { signingSecret: "secretForNewHost" } });
  });

  it("accepts a new host together with a new secret", () => {
    const result = resolveConnectorConfig(
      "webhook",
      "x",
      { ...empty, webhookUrl: "https://other.example.net/in", signingSecret: "n".repeat(20) },
      webhook,
    );
    expect(result.ok).toBe(true);
  });

  it("asks for the access token again when the Mastodon instance changes", () => {
    const result = resolveConnectorConfig(
      "mastodon",
      "mastodon",
      { ...empty, instanceUrl: "https://fosstodon.org" },
      mastodon,
    );
    expect(result).toEqual({ ok: false, fieldErrors: { accessToken: "secretForNewHost" } });
  });

  it("keeps the token when the instance stays the same", () => {
    const result = resolveConnectorConfig(
      "mastodon",
      "mastodon",
      { ...empty, instanceUrl: "https://mastodon.social/" },
      mastodon,
    );
    expect(result).toEqual({ ok: true, config: mastodon });
  });
});

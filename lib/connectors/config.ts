import type { Platform } from "@/db/schema/enum-values";
import { open, seal } from "@/lib/crypto/secret-box";

/**
 * What a connector needs, sealed as one JSON document into channels.config_encrypted. The non-secret parts
 * (webhook URL, Mastodon instance) are sealed too: webhook URLs often carry tokens in their path or query.
 * Admins see them masked (origin only) and secrets only as "set".
 */
export type ConnectorConfig =
  | { connector: "webhook"; url: string; signingSecret: string }
  | { connector: "mastodon"; instanceUrl: string; accessToken: string };
export type Connector = "sandbox" | ConnectorConfig["connector"];

/** The form's connector fields; an empty string means "keep what is stored" when the connector is unchanged. */
export type ConnectorInput = { webhookUrl: string; signingSecret: string; instanceUrl: string; accessToken: string };
export type ConnectorField = keyof ConnectorInput | "connector";
/** Each has a translated message (channels.fieldErrors.<error>). */
export type ConnectorError =
  "required" | "httpsUrl" | "instanceOrigin" | "secretLength" | "tokenFormat" | "mastodonPlatform" | "secretForNewHost";

export type ConnectorSummary = { url: string; secretSet: boolean };

const MIN_SIGNING_SECRET = 16;
const MAX_SECRET = 512;

function httpsUrl(raw: string): URL | null {
  try {
    const url = new URL(raw.trim());
    // Credentials in the URL would end up in logs and error messages; https only so secrets never travel in clear.
    return url.protocol === "https:" && url.hostname && !url.username && !url.password ? url : null;
  } catch {
    return null;
  }
}

/**
 * Validates the form's connector fields against the stored config (`previous`, already opened) and returns the
 * config to store: null for the sandbox, which needs no secrets. Switching connector needs all new fields.
 */
export function resolveConnectorConfig(
  connector: Connector,
  platform: Platform,
  input: ConnectorInput,
  previous: ConnectorConfig | null,
):
  | { ok: true; config: ConnectorConfig | null }
  | { ok: false; fieldErrors: Partial<Record<ConnectorField, ConnectorError>> } {
  const errors: Partial<Record<ConnectorField, ConnectorError>> = {};
  if (connector === "sandbox") return { ok: true, config: null };

  if (connector === "webhook") {
    const kept = previous?.connector === "webhook" ? previous : null;
    let url = kept?.url ?? "";
    let signingSecret = kept?.signingSecret ?? "";
    if (input.webhookUrl.trim()) {
      const parsed = httpsUrl(input.webhookUrl);
      if (parsed && input.webhookUrl.trim().length <= 2048) url = parsed.toString();
      else errors.webhookUrl = "httpsUrl";
    } else if (!kept) errors.webhookUrl = "required";
    if (input.signingSecret.trim()) {
      signingSecret = input.signingSecret.trim();
      if (signingSecret.length < MIN_SIGNING_SECRET || signingSecret.length > MAX_SECRET)
        errors.signingSecret = "secretLength";
    } else if (!kept) errors.signingSecret = "required";
    // A stored secret never follows the account to another server: a new host needs the secret typed again.
    else if (kept && new URL(url).host !== new URL(kept.url).host) errors.signingSecret = "secretForNewHost";
    return Object.keys(errors).length
      ? { ok: false, fieldErrors: errors }
      : { ok: true, config: { connector, url, signingSecret } };
  }

  if (platform !== "mastodon") errors.connector = "mastodonPlatform";
  const kept = previous?.connector === "mastodon" ? previous : null;
  let instanceUrl = kept?.instanceUrl ?? "";
  let accessToken = kept?.accessToken ?? "";
  if (input.instanceUrl.trim()) {
    const parsed = httpsUrl(input.instanceUrl);
    if (!parsed) errors.instanceUrl = "httpsUrl";
    else if ((parsed.pathname !== "/" && parsed.pathname !== "") || parsed.search || parsed.hash)
      errors.instanceUrl = "instanceOrigin";
    else instanceUrl = parsed.origin;
  } else if (!kept) errors.instanceUrl = "required";
  if (input.accessToken.trim()) {
    accessToken = input.accessToken.trim();
    if (!/^[\x21-\x7e]{8,512}$/.test(accessToken)) errors.accessToken = "tokenFormat";
  } else if (!kept) errors.accessToken = "required";
  else if (kept && instanceUrl !== kept.instanceUrl) errors.accessToken = "secretForNewHost";
  return Object.keys(errors).length
    ? { ok: false, fieldErrors: errors }
    : { ok: true, config: { connector, instanceUrl, accessToken } };
}

/** What an admin may see of a stored config: the URL's origin (path and query masked) and that a secret is set. */
export function summariseConnectorConfig(config: ConnectorConfig): ConnectorSummary {
  if (config.connector === "mastodon") return { url: config.instanceUrl, secretSet: config.accessToken.length > 0 };
  const url = new URL(config.url);
  const masked = url.pathname === "/" && !url.search ? url.origin : `${url.origin}/…`;
  return { url: masked, secretSet: config.signingSecret.length > 0 };
}

export function parseConnectorConfig(json: string): ConnectorConfig {
  const value = JSON.parse(json) as ConnectorConfig;
  if (value?.connector !== "webhook" && value?.connector !== "mastodon") throw new Error("Unknown connector config");
  return value;
}

export type SealScope = { workspaceId: string; channelId: string };

// The sealed config is bound to its row: copying it onto another channel does not decrypt.
const sealContext = ({ workspaceId, channelId }: SealScope) => `channel:${workspaceId}:${channelId}`;

/** What channels.config_encrypted stores for this config (null for a connector that needs none). */
export function sealConnectorConfig(config: ConnectorConfig | null, key: Buffer, scope: SealScope): string | null {
  return config ? seal(JSON.stringify(config), key, sealContext(scope)) : null;
}

/** Opens a stored config; throws SecretBoxError when it was sealed with another key or for another row. */
export function openConnectorConfig(sealed: string, key: Buffer, scope: SealScope): ConnectorConfig {
  return parseConnectorConfig(open(sealed, key, sealContext(scope)));
}

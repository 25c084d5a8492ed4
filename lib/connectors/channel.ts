import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import { channels } from "@/db/schema/channels";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { SecretKeyError } from "@/lib/crypto/secret-box";
import { getConnector } from ".";
import { openConnectorConfig, type ConnectorConfig } from "./config";
import { permanent, type Connector, type ConnectorChannel, type ConnectorFailure } from "./types";

export type ReadyChannel = { connector: Connector; channel: ConnectorChannel };

/**
 * A channel ready to talk to its platform: the connector plus the opened config. Everything that cannot get
 * better by waiting is a permanent failure with a reason a person can act on: the channel was deleted or
 * disconnected, or its secrets no longer open (the key changed, the row was copied).
 */
export async function loadReadyChannel(db: DbOrTx, channelId: string): Promise<ReadyChannel | ConnectorFailure> {
  const [row] = await db.select().from(channels).where(eq(channels.id, channelId));
  if (!row) return permanent("the channel was deleted");
  if (row.status !== "connected") return permanent(`the channel is ${row.status}`);
  let config: ConnectorConfig | null = null;
  if (row.connector !== "sandbox") {
    if (!row.configEncrypted) return permanent("the channel's connector is not configured");
    let key: Buffer;
    try {
      key = connectorSecretKey();
    } catch (error) {
      // The worker's environment, not the channel, is wrong: say so instead of blaming the stored secret.
      if (error instanceof SecretKeyError)
        return permanent("this worker has no CURTAIN_SECRET_KEY to open connector secrets");
      throw error;
    }
    try {
      config = openConnectorConfig(row.configEncrypted, key, {
        workspaceId: row.workspaceId,
        channelId: row.id,
      });
    } catch {
      return permanent("the channel's secrets no longer decrypt — enter them again in Settings → Channels");
    }
  }
  return {
    connector: getConnector(row.connector, { db }),
    channel: { id: row.id, workspaceId: row.workspaceId, platform: row.platform, handle: row.handle, config },
  };
}

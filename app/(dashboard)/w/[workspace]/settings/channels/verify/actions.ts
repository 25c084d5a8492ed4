"use server";

import { and, eq } from "drizzle-orm";
import { channels } from "@/db/schema";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { thrownFailure, withTimeout } from "@/lib/connectors";
import { loadReadyChannel } from "@/lib/connectors/channel";
import { fail, orThrow } from "@/lib/outcome";
import { verifyChannelSchema } from "@/lib/publishing/schemas";

const VERIFY_TIMEOUT_MS = 10_000;

/**
 * "Verify" on Settings → Channels: checks the channel's connector configuration live (Mastodon: the token signs
 * in; webhook: the bridge answers a signed ping; sandbox: nothing to check) and says what it found. Read-only.
 */
export const verifyChannelAction = workspaceAction(
  "channels.manage",
  verifyChannelSchema,
  async ({ channelId }, { db, workspaceId }) => {
    const [row] = await db
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
    if (!row) orThrow(fail("not_found"));
    const ready = await loadReadyChannel(db, channelId);
    const result =
      "ok" in ready
        ? ready
        : await withTimeout(VERIFY_TIMEOUT_MS, (signal) =>
            ready.connector.verifyConfig(ready.channel, signal).catch(thrownFailure),
          );
    return result.ok
      ? { ok: true as const, detail: result.value.detail }
      : { ok: false as const, detail: result.reason };
  },
);

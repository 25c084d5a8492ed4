import { eq } from "drizzle-orm";
import * as actions from "@/app/(dashboard)/w/[workspace]/settings/channels/actions";
import * as auditRoute from "@/app/api/w/[workspaceId]/audit/route";
import { channels } from "@/db/schema";
import { testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { httpStatus, resultStatus, routeParams } from "./helpers";
import type { MatrixEndpoint, MatrixModule } from "./types";

// Sandbox accounts on "other" (free-text handles): no connector key is needed and handles are always unique.
async function freshChannel(objects: WorkspaceFixture, status: "connected" | "disconnected" = "connected") {
  const [row] = await testDb()
    .insert(channels)
    .values({
      workspaceId: objects.workspaceId,
      platform: "other",
      handle: `Matrix ${uniqueTag()}`,
      identityId: objects.identities.brand,
      status,
    })
    .returning({ id: channels.id, handle: channels.handle, status: channels.status });
  return row!;
}

async function channelRow(id: string) {
  const [row] = await testDb()
    .select({ handle: channels.handle, status: channels.status })
    .from(channels)
    .where(eq(channels.id, id));
  return row;
}

function statusEndpoint(
  action: typeof actions.disconnectChannelAction,
  from: "connected" | "disconnected",
): MatrixEndpoint {
  return {
    permission: "channels.manage",
    mutates: true,
    audit: from === "connected" ? "channel.disconnected" : "channel.reconnected",
    attempt: async ({ workspaceId, objects }) => {
      const channel = await freshChannel(objects, from);
      const result = await action({ workspaceId, channelId: channel.id });
      return { status: resultStatus(result), changed: (await channelRow(channel.id))?.status !== from };
    },
  };
}

export const matrix: MatrixModule = {
  endpoints: {
    createChannelAction: {
      permission: "channels.manage",
      mutates: true,
      audit: "channel.created",
      attempt: async ({ workspaceId, objects }) => {
        const handle = `Matrix new ${uniqueTag()}`;
        const result = await actions.createChannelAction({
          workspaceId,
          platform: "other",
          handle,
          identityId: objects.identities.brand,
          connector: "sandbox",
        });
        const rows = await testDb().select({ id: channels.id }).from(channels).where(eq(channels.handle, handle));
        return { status: resultStatus(result), changed: rows.length > 0 };
      },
    },
    updateChannelAction: {
      permission: "channels.manage",
      mutates: true,
      audit: "channel.updated",
      attempt: async ({ workspaceId, objects }) => {
        const channel = await freshChannel(objects);
        const result = await actions.updateChannelAction({
          workspaceId,
          channelId: channel.id,
          handle: `${channel.handle} renamed`,
          identityId: objects.identities.brand,
          connector: "sandbox",
        });
        return { status: resultStatus(result), changed: (await channelRow(channel.id))?.handle !== channel.handle };
      },
    },
    disconnectChannelAction: statusEndpoint(actions.disconnectChannelAction, "connected"),
    reconnectChannelAction: statusEndpoint(actions.reconnectChannelAction, "disconnected"),
    deleteChannelAction: {
      permission: "channels.manage",
      mutates: true,
      audit: "channel.deleted",
      attempt: async ({ workspaceId, objects }) => {
        const channel = await freshChannel(objects);
        const result = await actions.deleteChannelAction({ workspaceId, channelId: channel.id });
        return { status: resultStatus(result), changed: !(await channelRow(channel.id)) };
      },
    },
    "GET /api/w/[workspaceId]/audit": {
      permission: "audit.view",
      mutates: false,
      attempt: async ({ workspaceId }) => {
        const response = await auditRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/audit?action=channel.`),
          routeParams(workspaceId),
        );
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
};

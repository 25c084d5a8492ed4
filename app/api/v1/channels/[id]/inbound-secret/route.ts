import { rotateInboundSecret } from "@/db/queries/ingest-secret";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { orThrow } from "@/lib/outcome";

export const POST = v1Route(OPERATIONS.rotateInboundSecret, async ({ params }, { db, workspaceId, user }) => ({
  data: orThrow(
    await rotateInboundSecret(db, {
      workspaceId,
      channelId: params.id,
      actorUserId: user.id,
      key: connectorSecretKey(),
    }),
  ),
}));

import { ingestEvents } from "@/db/queries/ingest";
import { inboundSignature } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { inboundBatchSchema } from "@/lib/ingest/events";
import { orThrow } from "@/lib/outcome";

/**
 * Signed platform events for one channel (README "Inbound webhooks"). The signature is checked over the raw body
 * before anything is parsed; then the batch shape (400), then each event on its own (rejected with a reason).
 */
export const POST = route(
  { auth: inboundSignature(), body: "raw" },
  async (_input, { db, workspaceId, channelId, body }) => {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch {
      throw new AppError("bad_request", undefined, "malformed JSON or invalid UTF-8");
    }
    const batch = inboundBatchSchema.safeParse(json);
    if (!batch.success) throw new AppError("bad_request", { events: ["1 to 1000 events are required"] });
    return { results: orThrow(await ingestEvents(db, { workspaceId, channelId, events: batch.data.events })) };
  },
);

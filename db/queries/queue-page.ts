import type { QueueFilters } from "@/lib/inbox/filters";
import type { DbOrTx } from "../connect";
import type { Keyset } from "./keyset";
import { countQueueViews, listQueue, type QueueContext, type QueueCounts } from "./queue-list";

export const QUEUE_PAGE_SIZE = 50;

/**
 * One page of the queue; the first page also carries the sidebar's counts, so the counts are refreshed whenever
 * the list is (one round trip, and they never disagree by more than the time between two statements).
 */
export async function loadQueuePage(db: DbOrTx, ctx: QueueContext, filters: QueueFilters, cursor?: Keyset) {
  const [page, counts] = await Promise.all([
    listQueue(db, ctx, filters, { limit: QUEUE_PAGE_SIZE, cursor }),
    cursor ? Promise.resolve(null) : countQueueViews(db, ctx),
  ]);
  return { ...page, counts: counts as QueueCounts | null };
}

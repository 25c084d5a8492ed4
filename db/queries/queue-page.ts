import type { QueueFilters } from "@/lib/inbox/filters";
import type { DbOrTx } from "../connect";
import type { Keyset } from "./keyset";
import { countQueueViews, listQueue, type QueueContext, type QueueCounts } from "./queue-list";

// As Chatwoot's 25 per page: what a phone shows in two screens, and half the rows to render before the queue
// answers to input (the next page loads as the list's end nears).
export const QUEUE_PAGE_SIZE = 25;

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

import { countConversationsByStatus, listConversations } from "../../queries/conversations";
import type { Scenario } from "../context";
import { percentile } from "../../../lib/metrics/percentile";
import { count, figure, ms, sample } from "../measure";
import { decodeCursor, type Keyset } from "../../queries/keyset";

const PAGES = 20;
const PAGE_SIZE = 50;

export const inbox: Scenario = {
  name: "inbox",
  description: `reply queue of one big workspace: first page, ${PAGES} keyset pages, counts by status`,
  async run(ctx) {
    const data = await ctx.dataset();
    // Every generated workspace has M conversations; the first one stands for "a big workspace".
    const workspaceId = data.workspaces[0]!.id;
    const { db } = ctx;
    const runs = ctx.options.runs;

    ctx.log(`inbox: first page × ${runs}`);
    const first = await sample(runs, () => listConversations(db, { workspaceId, status: "open", limit: PAGE_SIZE }));

    // Paging deep through "resolved", the longest list, is where keyset pagination has to stay flat.
    ctx.log(`inbox: ${PAGES}-page keyset walk × ${runs}`);
    const pageTimes: number[] = [];
    let pagesSeen = 0;
    let rowsPerWalk = 0;
    const walk = await sample(
      runs,
      async () => {
        let cursor: Keyset | undefined;
        let pages = 0;
        let rows = 0;
        for (let p = 0; p < PAGES; p++) {
          const started = performance.now();
          const page = await listConversations(db, { workspaceId, status: "resolved", limit: PAGE_SIZE, cursor });
          pageTimes.push(performance.now() - started);
          pages++;
          rows += page.items.length;
          if (!page.nextCursor) break;
          cursor = decodeCursor(page.nextCursor);
        }
        pagesSeen = pages;
        rowsPerWalk = rows;
      },
      1,
    );
    // The warm-up walk's pages were recorded too; keep only the measured ones.
    const measuredPages = pageTimes.slice(pageTimes.length - runs * pagesSeen);
    // First vs last page of the walk: keyset pagination should cost the same at any depth (OFFSET would not).
    const atPage = (p: number) =>
      ms(
        percentile(
          measuredPages.filter((_, i) => i % pagesSeen === p),
          0.5,
        ),
      );

    ctx.log(`inbox: counts by status × ${runs}`);
    const counts = await sample(runs, () => countConversationsByStatus(db, { workspaceId }));
    const byStatus = Object.entries(counts.last)
      .map(([status, n]) => `${status} ${count(n ?? 0)}`)
      .join(" · ");

    return [
      figure("inbox", "first page (open)", first.times, { note: `${first.last.items.length} rows of ${PAGE_SIZE}` }),
      figure("inbox", "keyset page (resolved)", measuredPages, {
        note: `median page 1 ${atPage(0)} ms · page ${pagesSeen} ${atPage(pagesSeen - 1)} ms`,
      }),
      figure("inbox", `${pagesSeen}-page walk (resolved)`, walk.times, {
        rows: runs * rowsPerWalk,
        note: `${pagesSeen} pages × ${PAGE_SIZE}`,
      }),
      figure("inbox", "count by status", counts.times, { note: byStatus }),
    ];
  },
};

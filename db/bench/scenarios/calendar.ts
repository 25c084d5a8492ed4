import { listPosts } from "../../queries/posts";
import type { Scenario } from "../context";
import { figure, sample } from "../measure";

export const calendar: Scenario = {
  name: "calendar",
  description: "listPosts for the current month of one big workspace",
  async run(ctx) {
    const data = await ctx.dataset();
    const workspaceId = data.workspaces[0]!.id;
    const now = ctx.options.now;
    // The month view the calendar opens on: history, today and planned posts all fall inside it.
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    ctx.log(`calendar: month view × ${ctx.options.runs}`);
    const month = await sample(ctx.options.runs, () => listPosts(ctx.db, { workspaceId, from, to }));
    return [
      figure("calendar", "listPosts (month)", month.times, {
        note: `${month.last.length} posts, ${from.toISOString().slice(0, 7)}`,
      }),
    ];
  },
};

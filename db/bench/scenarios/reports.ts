import { engagementByIdentityKind, responseTimesByIdentityKind } from "../../queries/reports";
import type { Figure, Scenario } from "../context";
import { count, duration, figure, sample } from "../measure";

const DAY = 86_400_000;
const WINDOWS = [30, 90];

export const reports: Scenario = {
  name: "reports",
  description: "response times and engagement by identity kind over 30 and 90 days, one big workspace",
  async run(ctx) {
    const data = await ctx.dataset();
    const workspaceId = data.workspaces[0]!.id;
    const { db } = ctx;
    const to = ctx.options.now;
    const figures: Figure[] = [];
    for (const days of WINDOWS) {
      const range = { workspaceId, from: new Date(to.getTime() - days * DAY), to };
      ctx.log(`reports: ${days} days × ${ctx.options.runs}`);
      const times = await sample(ctx.options.runs, () => responseTimesByIdentityKind(db, range));
      // The result in the note: persona answers should come out several times faster than the brand.
      const summary = times.last
        .map(
          (r) =>
            `${r.identityKind} p50 ${duration(r.medianSeconds)} p90 ${duration(r.p90Seconds)} (${count(r.responses)})`,
        )
        .join(" · ");
      figures.push(figure("reports", `response times ${days}d`, times.times, { note: summary }));

      const engagement = await sample(ctx.options.runs, () => engagementByIdentityKind(db, range));
      const rates = engagement.last
        .map((r) => `${r.identityKind} ${((r.rate ?? 0) * 100).toFixed(1)}% (${count(r.posts)} posts)`)
        .join(" · ");
      figures.push(figure("reports", `engagement ${days}d`, engagement.times, { note: rates }));
    }
    return figures;
  },
};

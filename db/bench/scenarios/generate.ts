import type { Scenario } from "../context";
import { count, figure } from "../measure";

export const generate: Scenario = {
  name: "generate",
  description: "throughput of the data generator (build rows in JS, load with COPY), then ANALYZE",
  async run(ctx) {
    const data = await ctx.dataset();
    const { workspaces, conversations } = ctx.options;
    const tables = ["conversations", "messages", "responses", "contacts", "posts", "post_metrics"]
      .map((t) => `${t} ${count(data.rows[t] ?? 0)}`)
      .join(" · ");
    const both = data.buildMs.map((b, i) => b + data.loadMs[i]!);
    return [
      figure("generate", "build rows (JS), per workspace", data.buildMs, {
        rows: data.totalRows,
        note: `${workspaces} × ${count(conversations)} conversations`,
      }),
      figure("generate", "COPY load, per workspace", data.loadMs, { rows: data.totalRows, note: tables }),
      figure("generate", "build + load, per workspace", both, {
        rows: data.totalRows,
        note: `${count(data.totalRows)} rows in all`,
      }),
      figure("generate", "ANALYZE", [data.analyzeMs], { note: "fresh statistics before the query scenarios" }),
    ];
  },
};

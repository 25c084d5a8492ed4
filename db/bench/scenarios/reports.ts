import { generateResponses } from "../generate-responses";
import { exactResponseStats, type ResponseStat, type SliceQuery } from "../../queries/reports-histograms";
import { rollupResponseStats } from "../../queries/reports-stats";
import { slaStats, type SlaStat } from "../../queries/reports-sla";
import { rebuildResponseRollups } from "../../queries/reports-rollups";
import { localDate } from "../../../lib/time";
import { rangeOf } from "../../../lib/reports/params";
import type { Figure, Scenario } from "../context";
import { count, figure, ms, sample } from "../measure";

const DAY = 86_400_000;
// Default --conversations 5,000 → 4,000,000 responses in the big workspace (the size).
const RESPONSES_PER_CONVERSATION_OPTION = 800;
const EXACT_RUNS = 3;

/** Largest relative difference of any percentile between the two answers (matched by group key). */
function relativeError(rollup: (ResponseStat | SlaStat)[], exact: ResponseStat[]) {
  const byKey = new Map(exact.map((s) => [JSON.stringify(s.key), s]));
  let worst = 0;
  for (const r of rollup) {
    const e = byKey.get(JSON.stringify(r.key));
    if (!e) return Infinity;
    if (r.withinTarget !== e.withinTarget || r.responses !== e.responses) return Infinity;
    if (!("medianSeconds" in r)) continue;
    for (const f of ["medianSeconds", "p90Seconds", "firstMedianSeconds", "firstP90Seconds"] as const) {
      if (e[f] && r[f] !== null) worst = Math.max(worst, Math.abs(r[f]! / e[f]! - 1));
    }
  }
  return worst;
}

export const reports: Scenario = {
  name: "reports",
  description:
    "response-time reports over a year of responses in one workspace (--conversations × 800, default 4,000,000) plus noise: rollup vs exact percentile_cont",
  async run(ctx) {
    const { db } = ctx;
    const now = ctx.options.now;
    const total = ctx.options.conversations * RESPONSES_PER_CONVERSATION_OPTION;
    const figures: Figure[] = [];

    ctx.log(`reports: generating ${count(total)} responses over 365 days (+ 3 noise workspaces)`);
    let started = performance.now();
    const workspaceId = await generateResponses(db, {
      count: total,
      days: 365,
      now,
      noise: 3,
      noiseCount: Math.round(total / 20),
    });
    figures.push(figure("reports", "generate responses", [performance.now() - started], { rows: total * 1.15 }));
    await db.execute("analyze responses");

    ctx.log("reports: rebuilding rollups");
    started = performance.now();
    const rows = await rebuildResponseRollups(db);
    for (const table of [
      "response_rollups",
      "response_rollups_by_identity",
      "response_rollups_by_identity_weekly",
      "response_sla_daily",
    ])
      await db.execute(`analyze ${table}`);
    figures.push(
      figure("reports", "rollups --rebuild", [performance.now() - started], {
        rows: total * 1.15,
        note: `${count(rows.byIdentity)} by-identity rows, ${count(rows.fine)} fine rows`,
      }),
    );

    // The report page's ranges: whole local days of the workspace's zone, the last one today (lib/reports/params).
    const today = localDate(now, "Europe/Vienna");
    const days = (n: number) => {
      const range = rangeOf(
        new Date(Date.parse(`${today}T00:00:00Z`) - (n - 1) * DAY).toISOString().slice(0, 10),
        today,
        "Europe/Vienna",
      );
      return { workspaceId, from: range.from, to: range.to, hours: "calendar" as const };
    };
    const queries: [string, SliceQuery][] = [
      ["median/p90 by week × identity kind, 365 d", { ...days(365), groupBy: ["week", "identityKind"] }],
      [
        "median/p90 by day × persona, 30 d",
        { ...days(30), groupBy: ["day", "identity"], filters: { identityKind: "persona" } },
      ],
      ["SLA attainment by priority, 90 d", { ...days(90), groupBy: ["priority"] }],
    ];
    for (const [label, q] of queries) {
      ctx.log(`reports: ${label} — rollup × ${ctx.options.runs}, exact × ${EXACT_RUNS}`);
      const rollup = await sample<(ResponseStat | SlaStat)[]>(ctx.options.runs, () =>
        label.startsWith("SLA") ? slaStats(db, { ...q, groupBy: ["priority"] }) : rollupResponseStats(db, q),
      );
      const exact = await sample(EXACT_RUNS, () => exactResponseStats(db, q), 1);
      const exactMedian = [...exact.times].sort((a, b) => a - b)[Math.floor(exact.times.length / 2)]!;
      const rollupFigure = figure("reports", `${label} (rollup)`, rollup.times);
      const error = relativeError(rollup.last, exact.last);
      rollupFigure.note =
        `exact percentile_cont ${ms(exactMedian)} ms median (${(exactMedian / rollupFigure.medianMs!).toFixed(0)}× slower); ` +
        `max relative error ${(error * 100).toFixed(2)} %; ${count(rollup.last.length)} groups, ` +
        `${count(rollup.last.reduce((n, s) => n + s.responses, 0))} responses`;
      figures.push(rollupFigure, figure("reports", `${label} (exact)`, exact.times));
    }
    return figures;
  },
};

import { z } from "zod";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { COMMUNITY_TABLES, communityCsv, isCommunityTable } from "@/lib/reports/community-csv";
import { toCsv } from "@/lib/reports/csv";
import { loadReport } from "@/lib/reports/load";
import { loadCommunityReport } from "@/lib/reports/load-community";
import { reportParamsSchema, resolveRange } from "@/lib/reports/params";
import { seriesPoints } from "@/lib/reports/series";
import { PRIORITY_ORDER } from "@/lib/reports/sla-series";

const querySchema = reportParamsSchema.extend({
  table: z.enum(["kinds", "identities", "series", "sla", "slaSeries", "distribution", "team", ...COMMUNITY_TABLES]),
});

const seconds = (value: number | null) => (value === null ? "" : Math.round(value));
const share = (value: number | null) => (value === null ? "" : Number(value.toFixed(4)));

/**
 * CSV of one report table, with the same view parameters as the page (and the same server-side rule for the team
 * table: a member without teamReports.view gets their own row only). Durations in seconds, shares from 0 to 1.
 */
export const GET = route(
  { auth: memberSession("reports.view"), query: querySchema },
  async ({ query }, { db, workspaceId, user, membership }) => {
    const range = resolveRange(query, membership.workspace.timezone);
    const view = {
      workspaceId,
      timezone: membership.workspace.timezone,
      userId: user.id,
      role: membership.role,
      params: query,
      range,
    };
    const headers = {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="curtain-${query.table}-${range.firstDay}-${range.lastDay}.csv"`,
      "cache-control": "no-store",
    };
    if (isCommunityTable(query.table))
      return new Response(communityCsv(query.table, await loadCommunityReport(db, view)), { headers });
    const data = await loadReport(db, view);
    const stat = [
      "responses",
      "median_seconds",
      "p90_seconds",
      "first_responses",
      "first_median_seconds",
      "sla_attainment",
    ];
    const statCells = (s: (typeof data.kinds)[number]) => [
      s.responses,
      seconds(s.medianSeconds),
      seconds(s.p90Seconds),
      s.firstResponses,
      seconds(s.firstMedianSeconds),
      share(s.slaAttainment),
    ];
    const csv =
      query.table === "kinds"
        ? toCsv(
            ["kind", ...stat],
            data.kinds.map((s) => [s.key[0], ...statCells(s)]),
          )
        : query.table === "identities"
          ? toCsv(
              ["identity_id", "identity", "kind", ...stat],
              data.perIdentity.map((s) => [s.key[0], s.name, s.kind, ...statCells(s)]),
            )
          : query.table === "team"
            ? toCsv(
                ["member_id", "member", ...stat, "resolved", "spoke_as"],
                data.team.map((s) => [
                  s.userId,
                  s.name,
                  ...statCells(s),
                  s.resolved,
                  s.spokeAs.map((x) => `${x.name} (${x.responses})`).join("; "),
                ]),
              )
            : query.table === "distribution"
              ? toCsv(
                  ["range", "brand_responses", "brand_share", "persona_responses", "persona_share"],
                  data.distribution.map((p) => [
                    p.range,
                    p.brand,
                    share(p.brandShare),
                    p.persona,
                    share(p.personaShare),
                  ]),
                )
              : query.table === "slaSeries"
                ? toCsv(
                    [
                      "period",
                      "responses",
                      "within_target",
                      "breached",
                      "sla_attainment",
                      ...PRIORITY_ORDER.map((k) => `${k}_sla_attainment`),
                    ],
                    data.slaSeries.map((p) => [
                      p.period,
                      p.responses,
                      p.withinTarget,
                      p.breached,
                      share(p.attainment),
                      ...PRIORITY_ORDER.map((k) => share(p.byPriority[k]?.attainment ?? null)),
                    ]),
                  )
                : query.table === "sla"
                  ? toCsv(
                      ["priority", "responses", "within_target", "sla_attainment"],
                      data.sla.map((s) => [s.key[0], s.responses, s.withinTarget, share(s.slaAttainment)]),
                    )
                  : toCsv(
                      [
                        "period",
                        "brand_median_seconds",
                        "persona_median_seconds",
                        "brand_p90_seconds",
                        "persona_p90_seconds",
                      ],
                      seriesPoints(data.series).map((p) => [
                        p.period,
                        seconds(p.brandMedian),
                        seconds(p.personaMedian),
                        seconds(p.brandP90),
                        seconds(p.personaP90),
                      ]),
                    );
    return new Response(csv, { headers });
  },
);

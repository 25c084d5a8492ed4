import { z } from "zod";
import { memberSession } from "@/lib/api/auth";
import { can } from "@/lib/auth/permissions";
import { route } from "@/lib/api/route";
import { conversationCsvStream, conversationSlice } from "@/lib/reports/conversations-export";
import { RANGE_PRESETS, reportParamsSchema, resolveRange } from "@/lib/reports/params";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, "invalid date");

/**
 * The page's view parameters, but strict: a file download has no page to fall back on, so a malformed value is a
 * 400 that says which parameter is wrong instead of a silently different export.
 */
const querySchema = z.object({
  range: z.enum(RANGE_PRESETS).default("30d"),
  from: isoDate.optional(),
  to: isoDate.optional(),
  hours: z.enum(["calendar", "business"]).default("calendar"),
  compare: z.enum(["1"]).optional(),
  kind: z.enum(["brand", "persona"]).optional(),
  identity: z.uuid().optional(),
  channel: z.uuid().optional(),
  member: z.uuid().optional(),
  category: z.enum(["praise", "criticism", "question", "other"]).optional(),
});

/**
 * One row per conversation created in the report's period (filters as on the page), streamed: the response body
 * is written batch by batch as the keyset query reads them. Another member's name is only written for roles with
 * teamReports.view, as on the page.
 */
export const GET = route(
  { auth: memberSession("reports.view"), query: querySchema },
  async ({ query }, { db, workspaceId, user, membership }) => {
    const params = reportParamsSchema.parse(query);
    const range = resolveRange(params, membership.workspace.timezone);
    const viewer = { userId: user.id, wholeTeam: can(membership.role, "teamReports.view") };
    const body = conversationCsvStream(db, conversationSlice(workspaceId, params, range, viewer), viewer);
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="curtain-conversations-${range.firstDay}-${range.lastDay}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
);

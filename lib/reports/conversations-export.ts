import type { Db } from "@/db/connect";
import type { Keyset } from "@/db/queries/keyset";
import {
  reportConversationBatch,
  type ConversationSlice,
  type ReportConversationRow,
} from "@/db/queries/reports-conversations";
import { csvLines } from "./csv";
import type { ReportParams, ReportRange } from "./params";

/** Rows read per query: large enough to keep round trips few, small enough that memory stays flat. */
export const EXPORT_BATCH = 500;

export const CONVERSATION_COLUMNS = [
  "conversation_id",
  "created_at",
  "channel",
  "kind",
  "category",
  "status",
  "priority",
  "identity",
  "identity_kind",
  "assignee",
  "first_response_at",
  "first_response_seconds",
  "hours",
  "sla_met",
  "replies",
  "resolved_at",
];

/** Written instead of another member's name for a viewer who may not see the team's individual figures. */
export const HIDDEN_MEMBER = "(another member)";

export type Viewer = { userId: string; wholeTeam: boolean };

/** The export's slice of a report view; the member filter is the viewer's own id unless they see the team. */
export function conversationSlice(
  workspaceId: string,
  params: ReportParams,
  range: ReportRange,
  viewer: Viewer,
): ConversationSlice {
  return {
    workspaceId,
    from: range.from,
    to: range.to,
    hours: params.hours,
    filters: {
      identityKind: params.kind,
      identityId: params.identity,
      channelId: params.channel,
      category: params.category,
      userId: memberFilter(params.member, viewer),
    },
  };
}

/**
 * A member filter for someone without teamReports.view may only name themselves: another member's id would
 * otherwise show that member's individual figures (lib/auth/permissions.ts, teamReports.view).
 */
export function memberFilter(member: string | undefined, viewer: Viewer): string | undefined {
  if (!member) return undefined;
  return viewer.wholeTeam || member === viewer.userId ? member : viewer.userId;
}

export function conversationCells(row: ReportConversationRow, hours: string, viewer: Viewer): unknown[] {
  const assignee =
    row.assigneeId === null
      ? ""
      : viewer.wholeTeam || row.assigneeId === viewer.userId
        ? (row.assigneeName ?? "")
        : HIDDEN_MEMBER;
  return [
    row.id,
    row.createdAt,
    `${row.channel} (${row.platform})`,
    row.kind,
    row.category,
    row.status,
    row.priority,
    row.identity ?? "",
    row.identityKind ?? "",
    assignee,
    row.firstResponseAt ?? "",
    row.firstResponseSeconds ?? "",
    hours,
    row.slaMet === null ? "" : row.slaMet ? "yes" : "no",
    row.replies,
    row.resolvedAt ?? "",
  ];
}

/**
 * The CSV as a pull stream: the header, then one keyset batch per pull, each written before the next is read —
 * a slow download reads slowly, a cancelled one stops reading, and memory holds one batch at a time.
 */
export function conversationCsvStream(db: Db, slice: ConversationSlice, viewer: Viewer, batch = EXPORT_BATCH) {
  const encoder = new TextEncoder();
  let cursor: Keyset | undefined;
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(csvLines([CONVERSATION_COLUMNS])));
          return;
        }
        if (done) return controller.close();
        const rows = await reportConversationBatch(db, { ...slice, cursor, limit: batch });
        if (rows.length < batch) done = true;
        const last = rows.at(-1);
        if (last) cursor = { at: last.cursorAt, id: last.id };
        if (rows.length)
          controller.enqueue(encoder.encode(csvLines(rows.map((r) => conversationCells(r, slice.hours, viewer)))));
        if (done) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

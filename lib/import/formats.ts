import { detectSignOff } from "./sign-off";
import { addressedBrand, normalizeId, parseBoolean, parseDate } from "./values";

export const IMPORT_FORMATS = ["twcs", "native"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One file row as staged for threading (db/queries/import-stage.ts). */
export type StagedRow = {
  line: number;
  externalId: string;
  parentId: string | null;
  inbound: boolean;
  author: string;
  authorName: string | null;
  channelHint: string | null;
  platform: string;
  createdAt: Date;
  body: string;
  signOff: string | null;
};

export type SkipReason =
  | "duplicate"
  | "malformed_row"
  | "missing_id"
  | "missing_author"
  | "empty_text"
  | "invalid_date"
  | "invalid_direction"
  | "invalid_platform"
  | "reply_before_parent"
  | "no_brand_channel"
  | "thread_cycle";

export type MappedRow = { ok: true; row: StagedRow } | { ok: false; reason: SkipReason };

type Columns = { required: readonly string[]; optional: readonly string[] };
export const FORMAT_COLUMNS: Record<ImportFormat, Columns> = {
  twcs: {
    required: ["tweet_id", "author_id", "inbound", "created_at", "text"],
    optional: ["response_tweet_id", "in_response_to_tweet_id"],
  },
  native: {
    required: ["id", "direction", "created_at", "text", "author"],
    optional: ["in_reply_to", "author_name", "channel", "platform"],
  },
};

const NATIVE_PLATFORMS = new Set([
  "x",
  "instagram",
  "facebook",
  "linkedin",
  "tiktok",
  "youtube",
  "mastodon",
  "bluesky",
  "threads",
  "other",
]);

type Record_ = Record<string, string | undefined>;

function common(
  record: Record_,
  line: number,
  fields: { id: string; parent?: string; author: string; date: string; text: string },
) {
  const externalId = normalizeId(record[fields.id]);
  if (!externalId) return { ok: false as const, reason: "missing_id" as const };
  const author = (record[fields.author] ?? "").trim().replace(/^@/, "");
  if (!author) return { ok: false as const, reason: "missing_author" as const };
  const body = (record[fields.text] ?? "").replaceAll("\u0000", "");
  if (!body.trim()) return { ok: false as const, reason: "empty_text" as const };
  const createdAt = parseDate(record[fields.date]);
  if (!createdAt) return { ok: false as const, reason: "invalid_date" as const };
  const parentId = fields.parent ? normalizeId(record[fields.parent]) : null;
  return { ok: true as const, fields: { line, externalId, author, body, createdAt, parentId } };
}

export function mapRecord(format: ImportFormat, record: Record_, line: number): MappedRow {
  if (format === "twcs") {
    const base = common(record, line, {
      id: "tweet_id",
      parent: "in_response_to_tweet_id",
      author: "author_id",
      date: "created_at",
      text: "text",
    });
    if (!base.ok) return base;
    const inbound = parseBoolean(record.inbound);
    if (inbound === null) return { ok: false, reason: "invalid_direction" };
    return {
      ok: true,
      row: {
        ...base.fields,
        inbound,
        authorName: null,
        channelHint: inbound ? addressedBrand(base.fields.body) : null,
        platform: "x",
        signOff: inbound ? null : (detectSignOff(base.fields.body)?.text ?? null),
      },
    };
  }
  const base = common(record, line, {
    id: "id",
    parent: "in_reply_to",
    author: "author",
    date: "created_at",
    text: "text",
  });
  if (!base.ok) return base;
  const direction = (record.direction ?? "").trim().toLowerCase();
  if (direction !== "inbound" && direction !== "outbound") return { ok: false, reason: "invalid_direction" };
  const platform = (record.platform ?? "").trim().toLowerCase() || "other";
  if (!NATIVE_PLATFORMS.has(platform)) return { ok: false, reason: "invalid_platform" };
  const inbound = direction === "inbound";
  return {
    ok: true,
    row: {
      ...base.fields,
      inbound,
      authorName: record.author_name?.trim() || null,
      channelHint: inbound ? record.channel?.trim().replace(/^@/, "") || null : null,
      platform,
      signOff: inbound ? null : (detectSignOff(base.fields.body)?.text ?? null),
    },
  };
}

import {
  CATEGORIES,
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  PLATFORMS,
  PRIORITIES,
  type Category,
  type ConversationStatus,
  type Platform,
  type Priority,
} from "@/db/schema/enum-values";
import { SLA_STATES } from "@/lib/sla/state";

/**
 * The inbox URL contract (/work/issues/queue-url-contract.md) as one pure parser shared by the page, the JSON route
 * and the browser: a plain function rather than a zod schema so the client bundle stays small. Unknown values are
 * dropped and reported in `ignored` (the page shows a notice) — a hand-edited or stale bookmark never fails.
 */
export const QUEUE_VIEWS = ["mine", "unassigned", "brand", "mentions", "all"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number] | `persona:${string}`;
export const QUEUE_SORTS = ["sla", "newest", "oldest"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const CONTACT_TAGS = ["fan", "critic", "vip"] as const;
/** Trigram search needs three characters to use its index; shorter text is ignored with a notice. */
export const SEARCH_MIN = 3;
export const SEARCH_MAX = 200;

export type QueueFilters = {
  view: QueueView;
  status: ConversationStatus[];
  channel: string[];
  platform: Platform[];
  kind: (typeof CONVERSATION_KINDS)[number][];
  category: Category[];
  priority: Priority[];
  sla: (typeof SLA_STATES)[number][];
  /** User ids, "me" or "none". */
  assignee: string[];
  identity: string[];
  tag: (typeof CONTACT_TAGS)[number][];
  q: string;
  from?: string;
  to?: string;
  sort: QueueSort;
};
export type QueueFilterKey = Exclude<keyof QueueFilters, "view" | "q" | "from" | "to" | "sort">;

// "all" by default: a link without a view (the reports' drill-down, older bookmarks) means the whole inbox.
export const DEFAULT_FILTERS: QueueFilters = {
  view: "all",
  status: [],
  channel: [],
  platform: [],
  kind: [],
  category: [],
  priority: [],
  sla: [],
  assignee: [],
  identity: [],
  tag: [],
  q: "",
  sort: "sla",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isUuid = (v: string) => UUID.test(v);
// A real calendar day (2026-02-31 is not: JavaScript would roll it over, PostgreSQL would refuse it).
const isDay = (v: string) => {
  if (!DAY.test(v) || Number(v.slice(0, 4)) < 1900) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
};
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string): v is T =>
    (values as readonly string[]).includes(v);

const LIST_RULES: { [K in QueueFilterKey]: (v: string) => boolean } = {
  status: oneOf(CONVERSATION_STATUSES),
  channel: isUuid,
  platform: oneOf(PLATFORMS),
  kind: oneOf(CONVERSATION_KINDS),
  category: oneOf(CATEGORIES),
  priority: oneOf(PRIORITIES),
  sla: oneOf(SLA_STATES),
  assignee: (v) => v === "me" || v === "none" || isUuid(v),
  identity: isUuid,
  tag: oneOf(CONTACT_TAGS),
};
export const LIST_KEYS = Object.keys(LIST_RULES) as QueueFilterKey[];

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;
/** One `key=value` the parser dropped, for the notice. */
export type IgnoredParam = { key: string; value: string };

function read(raw: RawParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  return Array.isArray(value) ? value.join(",") : value;
}

export function parseQueueFilters(raw: RawParams): { filters: QueueFilters; ignored: IgnoredParam[] } {
  const filters: QueueFilters = { ...DEFAULT_FILTERS };
  const ignored: IgnoredParam[] = [];
  const view = read(raw, "view");
  if (view !== undefined) {
    if (oneOf(QUEUE_VIEWS)(view) || (view.startsWith("persona:") && isUuid(view.slice(8)))) {
      filters.view = view as QueueView;
    } else ignored.push({ key: "view", value: view });
  }
  for (const key of LIST_KEYS) {
    const value = read(raw, key);
    if (!value) continue;
    const kept = new Set<string>();
    for (const part of value.split(",").map((v) => v.trim())) {
      if (!part) continue;
      if (LIST_RULES[key](part)) kept.add(part);
      else ignored.push({ key, value: part });
    }
    (filters[key] as string[]) = [...kept];
  }
  const q = read(raw, "q")?.trim();
  if (q) {
    // NUL and other control characters never reach the database; too short or too long text is not searched.
    if (q.length < SEARCH_MIN || q.length > SEARCH_MAX || /\p{Cc}/u.test(q)) ignored.push({ key: "q", value: q });
    else filters.q = q;
  }
  for (const key of ["from", "to"] as const) {
    const value = read(raw, key);
    if (!value) continue;
    if (isDay(value)) filters[key] = value;
    else ignored.push({ key, value });
  }
  const sort = read(raw, "sort");
  if (sort !== undefined) {
    if (oneOf(QUEUE_SORTS)(sort)) filters.sort = sort;
    else ignored.push({ key: "sort", value: sort });
  }
  return { filters, ignored: ignored.map((i) => ({ ...i, value: i.value.slice(0, 60) })) };
}

/** The URL search string for filters: defaults left out, so a shared link stays short. */
export function queueSearch(filters: QueueFilters): string {
  const params = new URLSearchParams();
  if (filters.view !== DEFAULT_FILTERS.view) params.set("view", filters.view);
  for (const key of LIST_KEYS) if (filters[key].length) params.set(key, filters[key].join(","));
  if (filters.q) params.set("q", filters.q);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set("sort", filters.sort);
  return params.toString();
}

/** When no status is asked for, the queue shows the work still to do. */
export function effectiveStatuses(filters: QueueFilters): ConversationStatus[] {
  return filters.status.length ? filters.status : ["open"];
}

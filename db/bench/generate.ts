import type { Sql } from "postgres";
import { computeWaits } from "../../lib/metrics/waits";
import type { Priority, Role } from "../schema/enums";
import { createRandom, drawCategoryAndPriority, type Random } from "../seed/random";
import { CONTACT_NAMES, FOLLOW_UPS, INBOUND, REPLIES } from "../seed/texts";
import { CopyTable, Json } from "./copy";
import { addPosts } from "./generate-posts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SLA_MINUTES: Record<Priority, number> = { urgent: 15, high: 60, normal: 240, low: 1440 };
// Response-time medians: personas answer fast, the brand slower; urgency shortens the wait, low priority lengthens it.
const MEDIAN_MINUTES = { persona: 15, brand: 120 } as const;
const PRIORITY_FACTOR: Record<Priority, number> = { urgent: 0.25, high: 0.6, normal: 1, low: 2.5 };
const TEAM: Role[] = [
  "admin",
  "manager",
  "social_media_manager",
  "social_media_manager",
  "community_manager",
  "community_manager",
  "community_manager",
  "analyst",
];
const TIMEZONES = ["Europe/Vienna", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"];
const OFFICE_HOURS = Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [["09:00", "17:00"]]]));
/** Sign-in password of every generated user. */
export const BENCH_PASSWORD = "curtain-bench";
// argon2id("curtain-bench") made once with lib/auth/password: hashing per user would cost ~30 ms each and
// make the generator's figures measure argon2 instead of the database.
const PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$DZ+tURCBqOaEAzQ5tgxhJg$cOryL43Od1mu1ix9JZFHijiNTxouzA0nIWrNJ732PGc";

// In foreign-key order: flushing them in this order satisfies every reference.
function createTables() {
  const t = <C extends string>(name: string, columns: C[]) => new CopyTable(name, columns);
  return {
    workspaces: t("workspaces", ["id", "name", "slug", "timezone", "business_hours", "created_at"]),
    users: t("users", ["id", "email", "name", "password_hash", "created_at"]),
    memberships: t("memberships", ["workspace_id", "user_id", "role"]),
    identities: t("identities", ["id", "workspace_id", "kind", "display_name", "handle", "bio", "sign_off"]),
    identity_operators: t("identity_operators", ["identity_id", "user_id", "workspace_id"]),
    channels: t("channels", ["id", "workspace_id", "platform", "handle", "identity_id"]),
    contacts: t("contacts", [
      "id",
      "workspace_id",
      "platform",
      "handle",
      "display_name",
      "labels",
      "first_seen_at",
      "last_seen_at",
    ]),
    conversations: t("conversations", [
      "id",
      "workspace_id",
      "channel_id",
      "contact_id",
      "kind",
      "status",
      "priority",
      "category",
      "sentiment",
      "assignee_id",
      "identity_id",
      "preview",
      "waiting_since",
      "first_response_at",
      "sla_due_at",
      "snoozed_until",
      "last_message_at",
      "created_at",
    ]),
    messages: t("messages", [
      "id",
      "workspace_id",
      "conversation_id",
      "channel_id",
      "direction",
      "body",
      "external_id",
      "identity_id",
      "author_user_id",
      "automated",
      "delivery_status",
      "attempts",
      "sent_at",
      "created_at",
    ]),
    responses: t("responses", [
      "workspace_id",
      "conversation_id",
      "message_id",
      "identity_id",
      "identity_kind",
      "user_id",
      "channel_id",
      "priority",
      "wait_started_at",
      "responded_at",
      "response_seconds",
      "is_first",
    ]),
    posts: t("posts", [
      "id",
      "workspace_id",
      "identity_id",
      "author_user_id",
      "body",
      "campaign",
      "status",
      "scheduled_at",
      "published_at",
      "approval_trail",
      "created_at",
      "updated_at",
    ]),
    post_targets: t("post_targets", [
      "id",
      "workspace_id",
      "post_id",
      "channel_id",
      "idempotency_key",
      "external_id",
      "status",
      "attempts",
      "error",
      "published_at",
    ]),
    post_metrics: t("post_metrics", [
      "workspace_id",
      "post_id",
      "post_target_id",
      "captured_at",
      "impressions",
      "reach",
      "likes",
      "comments",
      "shares",
      "saves",
      "clicks",
    ]),
  };
}
export type Tables = ReturnType<typeof createTables>;

/** UUIDs drawn from the seeded PRNG (v4 layout), so the same options give the same ids and comparable plans. */
export function uuidFrom(rnd: Random) {
  const h = Array.from({ length: 4 }, () =>
    Math.floor(rnd.next() * 2 ** 32)
      .toString(16)
      .padStart(8, "0"),
  ).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[rnd.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type Voice = { id: string; kind: "brand" | "persona"; operators: string[]; signOff: string | null };
export type WorkspaceSetup = {
  id: string;
  userIds: string[];
  voices: Voice[];
  channels: { id: string; platform: string; voice: Voice }[];
};

function addWorkspace(t: Tables, rnd: Random, index: number, prefix: string, now: Date): WorkspaceSetup {
  const uuid = () => uuidFrom(rnd);
  const id = uuid();
  const n = index + 1;
  t.workspaces.add({
    id,
    name: `Bench Brand ${n}`,
    slug: `${prefix}-${n}`,
    timezone: TIMEZONES[index % TIMEZONES.length]!,
    business_hours: new Json(OFFICE_HOURS),
    created_at: new Date(now.getTime() - 400 * DAY),
  });
  const userIds = TEAM.map((role, j) => {
    const userId = uuid();
    t.users.add({
      id: userId,
      email: `${prefix}-${n}-${j + 1}@curtain.bench`,
      name: `${role} ${n}.${j + 1}`,
      password_hash: PASSWORD_HASH,
      created_at: new Date(now.getTime() - 300 * DAY),
    });
    t.memberships.add({ workspace_id: id, user_id: userId, role });
    return userId;
  });
  // Brand run by the manager and SMMs; persona A answers through the brand account, persona B has its own.
  const brand: Voice = { id: uuid(), kind: "brand", operators: [userIds[1]!, userIds[2]!, userIds[3]!], signOff: null };
  const personaA: Voice = { id: uuid(), kind: "persona", operators: [userIds[4]!, userIds[5]!], signOff: "-Alex" };
  const personaB: Voice = { id: uuid(), kind: "persona", operators: [userIds[6]!], signOff: "^KIM" };
  const handle = `@benchbrand${n}`;
  t.identities.add({
    id: brand.id,
    workspace_id: id,
    kind: "brand",
    display_name: `Bench Brand ${n}`,
    handle,
    bio: "",
    sign_off: null,
  });
  t.identities.add({
    id: personaA.id,
    workspace_id: id,
    kind: "persona",
    display_name: "Alex",
    handle,
    bio: "Community lead.",
    sign_off: personaA.signOff,
  });
  t.identities.add({
    id: personaB.id,
    workspace_id: id,
    kind: "persona",
    display_name: "Kim",
    handle: `@kim_at_bench${n}`,
    bio: "Product nerd.",
    sign_off: personaB.signOff,
  });
  for (const voice of [personaA, personaB])
    for (const userId of voice.operators)
      t.identity_operators.add({ identity_id: voice.id, user_id: userId, workspace_id: id });
  const channels = [
    ...["x", "instagram", "facebook", "linkedin"].map((platform) => ({ id: uuid(), platform, voice: brand, handle })),
    { id: uuid(), platform: "x", voice: personaB, handle: `@kim_at_bench${n}` },
  ];
  for (const c of channels)
    t.channels.add({ id: c.id, workspace_id: id, platform: c.platform, handle: c.handle, identity_id: c.voice.id });
  return { id, userIds, voices: [brand, personaA, personaB], channels };
}

type Msg = {
  id: string;
  direction: "inbound" | "outbound";
  sentAt: Date;
  automated: boolean;
  body: string;
  userId: string | null;
};

function addConversations(t: Tables, rnd: Random, ws: WorkspaceSetup, count: number, now: Date, chunk = 0) {
  const uuid = () => uuidFrom(rnd);
  const [brand, personaA, personaB] = ws.voices as [Voice, Voice, Voice];
  type Contact = {
    id: string;
    platform: string;
    handle: string;
    name: string;
    labels: Set<string>;
    first: number;
    last: number;
  };
  const contacts = new Map<string, Contact>();
  const pool = Math.max(20, Math.round(count * 0.5));
  for (let i = 0; i < count; i++) {
    const channel = rnd.weighted(ws.channels.map((c) => [c, c.voice === personaB ? 1 : 3] as const));
    // Squaring the roll favours low indices: a few regulars write often, most people once.
    const k = Math.floor(pool * rnd.next() ** 2);
    const key = `${channel.platform}:${k}`;
    let contact = contacts.get(key);
    if (!contact) {
      const name = `${CONTACT_NAMES[k % CONTACT_NAMES.length]} ${String.fromCharCode(65 + (k % 26))}.`;
      contact = {
        id: uuid(),
        platform: channel.platform,
        // Chunks of one big workspace draw contacts from their own pool: the chunk number keeps handles unique.
        handle: `@${name.toLowerCase().replace(/[^a-z]/g, "")}${chunk ? `${chunk}x` : ""}${k}`,
        name,
        labels: new Set(),
        first: Infinity,
        last: 0,
      };
      contacts.set(key, contact);
    }
    const { category, priority } = drawCategoryAndPriority(rnd);
    const voice =
      channel.voice === personaB
        ? personaB
        : category !== "other" && rnd.chance(category === "criticism" ? 0.4 : 0.55)
          ? personaA
          : brand;
    const replier = rnd.pick(voice.operators);
    if (category === "criticism" && rnd.chance(0.3)) contact.labels.add("critic");
    if (category === "praise" && rnd.chance(0.3)) contact.labels.add("fan");
    if (rnd.chance(0.02)) contact.labels.add("vip");

    // 2–5 messages; ~12% end on an unanswered inbound message (the live queue), the rest on a reply.
    const waiting = rnd.chance(0.12);
    const length = rnd.int(2, 5);
    const thread: Msg[] = [
      {
        id: uuid(),
        direction: "inbound",
        sentAt: new Date(0),
        automated: false,
        // Every 20th opening message quotes an order number (no extra random draw, so other data stays the same):
        // something rare and realistic for the queue's text search to find.
        body: rnd.pick(INBOUND[category]) + (i % 20 === 0 ? ` (order #${chunk * 1_000_000 + 100_000 + i})` : ""),
        userId: null,
      },
    ];
    const offsets = [0];
    while (thread.length < length) {
      const previous = thread[thread.length - 1]!;
      // After a reply the fan writes again; after an inbound message another one follows 20% of the time.
      const inbound = thread.length === length - 1 ? waiting : previous.direction === "outbound" || rnd.chance(0.2);
      const automated = !inbound && thread.length === 1 && rnd.chance(0.05);
      // Log-normal waits give the long right tail real response times have (median ≪ mean, p90 ≈ 4–5× median).
      const gapMinutes = inbound
        ? previous.direction === "inbound"
          ? rnd.int(1, 30)
          : rnd.logNormal(90, 1.3)
        : automated
          ? 0.5
          : previous.direction === "outbound"
            ? rnd.int(1, 20)
            : Math.max(0.5, rnd.logNormal(MEDIAN_MINUTES[voice.kind] * PRIORITY_FACTOR[priority], 1.2));
      offsets.push(offsets[offsets.length - 1]! + Math.round(gapMinutes * MINUTE));
      const body = inbound
        ? rnd.pick(FOLLOW_UPS)
        : automated
          ? "Thanks for your message! We'll get back to you soon."
          : rnd.pick(REPLIES[category]) + (voice === personaA ? ` ${voice.signOff}` : "");
      thread.push({
        id: uuid(),
        direction: inbound ? "inbound" : "outbound",
        sentAt: new Date(0),
        automated,
        body,
        userId: inbound || automated ? null : replier,
      });
    }
    // Queue items started in the last two days, the rest in the last 90; a long thread is moved back so that its
    // last message is still in the past (never truncated: every conversation keeps its 2–5 messages).
    const span = offsets[offsets.length - 1]!;
    const latestStart = now.getTime() - span - rnd.int(1, 60) * MINUTE;
    const start = Math.min(
      latestStart,
      now.getTime() - (waiting ? rnd.int(5, 2 * 24 * 60) : rnd.int(60, 90 * 24 * 60)) * MINUTE,
    );
    thread.forEach((m, j) => (m.sentAt = new Date(start + offsets[j]!)));

    const convId = uuid();
    const { waits, waitingSince } = computeWaits(thread);
    thread.forEach((m, j) =>
      t.messages.add({
        id: m.id,
        workspace_id: ws.id,
        conversation_id: convId,
        channel_id: channel.id,
        direction: m.direction,
        body: m.body,
        external_id: `bench-${convId}-${j}`,
        identity_id: m.direction === "outbound" ? (m.automated ? brand.id : voice.id) : null,
        author_user_id: m.userId,
        automated: m.automated,
        delivery_status: m.direction === "outbound" ? "sent" : "received",
        attempts: m.direction === "outbound" ? 1 : 0,
        sent_at: m.sentAt,
        created_at: m.sentAt,
      }),
    );
    for (const w of waits)
      t.responses.add({
        workspace_id: ws.id,
        conversation_id: convId,
        message_id: thread[w.replyIndex]!.id,
        identity_id: voice.id,
        identity_kind: voice.kind,
        user_id: thread[w.replyIndex]!.userId,
        channel_id: channel.id,
        priority,
        wait_started_at: w.startedAt,
        responded_at: w.respondedAt,
        response_seconds: w.seconds,
        is_first: w.isFirst,
      });
    const first = thread[0]!;
    const last = thread[thread.length - 1]!;
    contact.first = Math.min(contact.first, first.sentAt.getTime());
    contact.last = Math.max(contact.last, last.sentAt.getTime());
    const status = waitingSince ? (rnd.chance(0.08) ? "snoozed" : "open") : rnd.chance(0.8) ? "resolved" : "pending";
    t.conversations.add({
      id: convId,
      workspace_id: ws.id,
      channel_id: channel.id,
      contact_id: contact.id,
      kind: rnd.weighted([
        ["comment", 45],
        ["dm", 30],
        ["mention", 20],
        ["review", 5],
      ]),
      status,
      priority,
      category,
      sentiment: category === "praise" ? "positive" : category === "criticism" ? "negative" : "neutral",
      assignee_id: !waitingSince || rnd.chance(0.5) ? replier : null,
      identity_id: voice.id,
      preview: first.body,
      waiting_since: waitingSince,
      first_response_at: waits[0]?.respondedAt ?? null,
      sla_due_at: waitingSince ? new Date(waitingSince.getTime() + SLA_MINUTES[priority] * MINUTE) : null,
      snoozed_until: status === "snoozed" ? new Date(now.getTime() + DAY) : null,
      last_message_at: last.sentAt,
      created_at: first.sentAt,
    });
  }
  for (const c of contacts.values())
    t.contacts.add({
      id: c.id,
      workspace_id: ws.id,
      platform: c.platform,
      handle: c.handle,
      display_name: c.name,
      labels: [...c.labels],
      first_seen_at: new Date(c.first),
      last_seen_at: new Date(c.last),
    });
}

const count = (n: number) => n.toLocaleString("en-US");
/** Conversations built and loaded at once; bigger workspaces are generated in chunks of this size. */
const CHUNK = 100_000;

export type GenerateOptions = {
  workspaces: number;
  conversations: number;
  /** Conversations of the first workspace ("the big one"), when it should differ from the others. */
  firstWorkspace?: number;
  now: Date;
  seed?: number;
  prefix?: string;
  log?: (message: string) => void;
};
export type GeneratedData = {
  workspaces: { id: string; slug: string }[];
  rows: Record<string, number>;
  totalRows: number;
  /** Per workspace: building rows in JS, and loading them with COPY (the two are sequential). */
  buildMs: number[];
  loadMs: number[];
  analyzeMs: number;
};

/** Generates and loads N workspaces × M conversations (plus team, voices, channels, contacts and posts). */
export async function generate(sql: Sql, options: GenerateOptions): Promise<Omit<GeneratedData, "analyzeMs">> {
  const rnd = createRandom(options.seed ?? 20260101);
  const prefix = options.prefix ?? "bench";
  const t = createTables();
  const result = { workspaces: [] as { id: string; slug: string }[], buildMs: [] as number[], loadMs: [] as number[] };
  for (let i = 0; i < options.workspaces; i++) {
    const started = performance.now();
    const ws = addWorkspace(t, rnd, i, prefix, options.now);
    const total = i === 0 ? (options.firstWorkspace ?? options.conversations) : options.conversations;
    let rows = 0;
    let buildMs = 0;
    // One workspace (and within a big one, one chunk of CHUNK conversations) at a time keeps memory flat.
    for (let done = 0, chunk = 0; done < total; done += CHUNK, chunk++) {
      const size = Math.min(CHUNK, total - done);
      const chunkStarted = performance.now();
      addConversations(t, rnd, ws, size, options.now, chunk);
      if (done + size >= total) addPosts(t, rnd, ws, options.now);
      buildMs += performance.now() - chunkStarted;
      for (const table of Object.values(t)) rows += await table.flush(sql);
      if (total > CHUNK) options.log?.(`workspace ${i + 1}: ${count(done + size)} of ${count(total)} conversations`);
    }
    const built = started + buildMs;
    const loaded = performance.now();
    result.workspaces.push({ id: ws.id, slug: `${prefix}-${i + 1}` });
    result.buildMs.push(buildMs);
    result.loadMs.push(loaded - started - buildMs);
    options.log?.(
      `workspace ${i + 1}/${options.workspaces}: ${rows.toLocaleString("en-US")} rows (build ${Math.round(buildMs)} ms, COPY ${Math.round(loaded - built)} ms)`,
    );
  }
  const rows = Object.fromEntries(Object.values(t).map((table) => [table.name, table.written]));
  return { ...result, rows, totalRows: Object.values(rows).reduce((a, b) => a + b, 0) };
}

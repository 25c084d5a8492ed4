/**
 * The generators and the write detector of object-fuzz.test.ts: ids that are not the caller's, garbage values and
 * payloads (fast-check arbitraries), and a fingerprint of everything the fixtures' workspaces hold.
 */
import fc from "fast-check";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import type { WorkspaceFixture } from "@/db/testing/fixtures";

// Ids that exist, but in the other workspace: the object-level check must not find them from the caller's.
export const foreignIds = (foreign: WorkspaceFixture) =>
  [
    foreign.workspaceId,
    foreign.conversationId,
    foreign.postId,
    foreign.channelId,
    foreign.contactId,
    foreign.messageId,
    foreign.identities.brand,
    foreign.identities.persona,
    ...Object.values(foreign.users).map((u) => u.id),
  ] as string[];

export const MALFORMED = [
  "",
  " ",
  "\u0000",
  "00000000-0000-4000-8000-00000000000\u0000",
  "' or '1'='1",
  "1; drop table workspaces; --",
  "../../etc/passwd",
  "%00",
  "null",
  "NaN",
  "-1",
  "9223372036854775808",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "<script>alert(1)</script>",
  "\uD800",
];

export const malformedId = () =>
  fc.oneof(
    fc.constantFrom(...MALFORMED),
    fc.string({ maxLength: 40 }),
    // Very long: built by repetition (fast-check drawing each of 10,000 characters is slow and finds nothing more).
    fc.integer({ min: 2_000, max: 40_000 }).map((n) => "a'\u0000".repeat(n)),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    // (not null: a nullable id such as a saved reply's identity means "none", which is allowed)
    fc.array(fc.uuid(), { maxLength: 3 }),
    fc.object({ maxDepth: 1 }),
  );
/** An id that is not the caller's: another workspace's object, a random UUID, or something malformed. */
export const anyId = (foreign: WorkspaceFixture) =>
  fc.oneof(fc.constantFrom(...foreignIds(foreign)), fc.uuid(), malformedId());
export const anyValue = () =>
  fc.oneof(
    malformedId(),
    fc.constant(null),
    fc.uuid(),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom(
      "open",
      "closed",
      "admin",
      "high",
      "brand",
      "persona",
      "https://example.com",
      "javascript:alert(1)",
    ),
    fc.constant("x".repeat(300_000)),
  );
export const garbage = () => fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 });

export const isIdField = (name: string) => /(^id|Id|Ids)$/.test(name);

/**
 * Everything the fixtures' workspaces hold, as one fingerprint per table (rows and their content), to see any write. A
 * token's last use is bookkeeping of the call itself, not a write the caller asked for.
 */
export async function fingerprint(db: Db, fixtures: WorkspaceFixture[]) {
  const tables = await db.execute<{ table_name: string }>(sql`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'workspace_id' order by table_name`);
  const ids = fixtures.map((f) => f.workspaceId);
  const prints: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await db.execute<{ print: string | null }>(sql`
      select md5(string_agg((to_jsonb(t) - 'last_used_at')::text, ',' order by t::text)) as print
      from ${sql.identifier(table_name)} t
      where t.workspace_id in (${sql.join(ids, sql`, `)})`);
    prints[table_name] = row?.print ?? "";
  }
  const [users] = await db.execute<{ print: string | null }>(sql`
    select md5(string_agg(u::text, ',' order by u::text)) as print from users u
    where u.id in (${sql.join(
      fixtures.flatMap((f) => Object.values(f.users).map((u) => u.id)),
      sql`, `,
    )})`);
  prints.users = users?.print ?? "";
  return prints;
}

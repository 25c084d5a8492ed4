import { sql } from "drizzle-orm";
import type { Db } from "../connect";

const DAY_SECONDS = 86_400;

/**
 * The report benchmark's data: one workspace whose `responses` fact table holds `count` rows spread over `days`
 * days before `now` (brand and four personas, eight members, five channels, every priority and category), plus
 * `noise` smaller workspaces. Generated inside PostgreSQL with generate_series: millions of rows in one statement
 * each, no client-side encoding at all.
 *
 * Facts only: `message_id` holds placeholder ids, so foreign-key checks (and the rollup triggers) are switched off
 * for the bulk load (`session_replication_role = replica`, what pg_restore --disable-triggers does); the rollups
 * are then built by the same rebuild the CLI runs, and its time is reported. The measured queries read
 * `responses`, `workspaces` and the rollups only.
 */
export async function generateResponses(
  db: Db,
  options: { count: number; days: number; now: Date; noise: number; noiseCount: number },
) {
  const big = await workspace(db, "Reports bench", options);
  for (let i = 0; i < options.noise; i++)
    await workspace(db, `Noise ${i + 1}`, { ...options, count: options.noiseCount });
  return big;
}

async function workspace(db: Db, name: string, options: { count: number; days: number; now: Date }) {
  return db.transaction(async (tx) => {
    const [ws] = await tx.execute<{ id: string }>(sql`
      insert into workspaces (name, slug, timezone, business_hours)
      values (${name}, ${`bench-${crypto.randomUUID().slice(0, 8)}`}, 'Europe/Vienna', '{}') returning id`);
    const workspaceId = ws!.id;
    await tx.execute(sql`
      insert into identities (workspace_id, kind, display_name, handle, sign_off)
      select ${workspaceId}, case when i = 0 then 'brand' else 'persona' end::identity_kind,
             case when i = 0 then 'Brand' else 'Persona ' || i end, '@bench' || i, case when i > 0 then '-P' || i end
        from generate_series(0, 4) i`);
    await tx.execute(sql`
      insert into users (email, name, password_hash)
      select 'bench-' || ${workspaceId} || '-' || i || '@curtain.bench', 'Member ' || i, 'x' from generate_series(1, 8) i`);
    await tx.execute(sql`
      insert into channels (workspace_id, platform, handle, identity_id)
      select ${workspaceId}, 'x', '@bench_channel_' || i,
             (select id from identities where workspace_id = ${workspaceId} order by kind, display_name offset (i % 5) limit 1)
        from generate_series(0, 4) i`);
    await tx.execute(sql`
      insert into contacts (workspace_id, platform, handle, display_name)
      values (${workspaceId}, 'x', '@bench_fan', 'Bench fan')`);
    await tx.execute(sql`
      insert into conversations (workspace_id, channel_id, contact_id, kind, status, preview)
      select ${workspaceId}, (select id from channels where workspace_id = ${workspaceId} limit 1),
             (select id from contacts where workspace_id = ${workspaceId}), 'comment', 'resolved', 'bench'
        from generate_series(1, 1000)`);

    await tx.execute(sql`set local session_replication_role = replica`);
    // Log-normal response times (Box–Muller): personas answer in ~15 min, the brand in ~2 h; urgent faster, low
    // slower; p90 ≈ 4–5× the median, as in generate.ts.
    await tx.execute(sql`
      with dims as (
        select array_agg(id order by kind, display_name) as ids, array_agg(kind order by kind, display_name) as kinds
          from identities where workspace_id = ${workspaceId}
      ), people as (
        select array_agg(id) as ids from users where email like ${`bench-${workspaceId}-%`}
      ), chans as (
        select array_agg(id) as ids from channels where workspace_id = ${workspaceId}
      ), convs as (
        select array_agg(id) as ids from conversations where workspace_id = ${workspaceId}
      ), draws as (
        select 1 + floor(random() * 5)::int as ident, random() as u1, random() as u2, random() as u3,
               random() as u4, random() as u5,
               (array['urgent','high','normal','normal','normal','low'])[1 + floor(random() * 6)::int] as priority,
               (array['praise','criticism','question','other'])[1 + floor(random() * 4)::int] as category,
               ${options.now.toISOString()}::timestamptz - random() * ${options.days * DAY_SECONDS} * interval '1 second' as at
          from generate_series(1, ${options.count})
      ), timed as (
        select d.*, greatest(1, round(exp(ln(
                 (case when d.ident = 1 then 7200 else 900 end) *
                 (case d.priority when 'urgent' then 0.25 when 'high' then 0.6 when 'low' then 2.5 else 1 end))
               + 1.2 * sqrt(-2 * ln(greatest(d.u1, 1e-12))) * cos(2 * pi() * d.u2))))::int as seconds
          from draws d
      )
      insert into responses (workspace_id, conversation_id, message_id, identity_id, identity_kind, user_id, channel_id,
                             priority, category, wait_started_at, responded_at, response_seconds, business_seconds, is_first)
      select ${workspaceId}, c.ids[1 + floor(t.u3 * 1000)::int], gen_random_uuid(), dims.ids[t.ident], dims.kinds[t.ident],
             p.ids[1 + floor(t.u4 * 8)::int], ch.ids[1 + floor(t.u5 * 5)::int],
             t.priority::priority, t.category::category, t.at - t.seconds * interval '1 second', t.at, t.seconds,
             round(t.seconds * (0.2 + 0.3 * t.u2))::int, t.u3 < 0.35
        from timed t, dims, people p, chans ch, convs c`);
    return workspaceId;
  });
}

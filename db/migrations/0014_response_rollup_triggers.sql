-- Log-width histogram bucket of a response time in seconds: one bucket per second below 32 s, then buckets 5 %
-- wide (lib/metrics/histogram.ts mirrors this; a percentile read from them is within 5 % of the exact value).
CREATE FUNCTION response_bucket(seconds integer) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN seconds < 32 THEN greatest(seconds, 0)
              ELSE 32 + floor(ln(seconds::float8 / 32) / ln(1.05::float8)) END::smallint
$$;
--> statement-breakpoint
-- Why triggers on `responses` rather than a job with a watermark: the rollup changes in the same transaction as the
-- fact, so every writer (replies, the ingestion API, import, COPY in benchmarks) is covered without cooperating,
-- a rolled-back reply leaves no count behind, and there is no watermark to get wrong when transactions commit out
-- of order. Statement-level with transition tables: an import of 100,000 responses costs one grouped upsert, not
-- 100,000. Hot rows: two replies of one workspace landing in the same (day, identity, priority, bucket) row wait
-- for each other's commit; reply transactions last milliseconds, and the ORDER BY makes every writer lock rows in
-- the same order, so they queue instead of deadlocking.
-- The statement that adds (sign 1) or subtracts (sign -1) the rows of `source` (a transition table or `responses`)
-- matching `filter`. Built as text because transition tables are visible only to EXECUTE in the trigger function.
CREATE FUNCTION response_rollups_sql(source text, sign integer, filter text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format($q$
    WITH facts AS (
      SELECT r.workspace_id, (r.responded_at AT TIME ZONE w.timezone)::date AS day, r.identity_id, r.identity_kind,
             r.user_id, r.channel_id, r.category, r.priority, r.is_first, h.business,
             response_bucket(h.seconds) AS bucket,
             (h.seconds <= coalesce((w.sla_targets ->> r.priority::text)::int, 0) * 60)::int AS within
        FROM %1$I r
        JOIN workspaces w ON w.id = r.workspace_id
        CROSS JOIN LATERAL (VALUES (false, r.response_seconds), (true, r.business_seconds)) h(business, seconds)
       WHERE h.seconds IS NOT NULL AND (%3$s)
    ), fine AS (
      INSERT INTO response_rollups AS t (workspace_id, business, day, identity_id, identity_kind, user_id, channel_id,
                                         category, priority, is_first, bucket, responses, within_target)
      SELECT workspace_id, business, day, identity_id, identity_kind, user_id, channel_id, category, priority,
             is_first, bucket, %2$s * count(*), %2$s * sum(within)
        FROM facts
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
       ORDER BY 1, 2, 3, 4, 6, 7, 8, 9, 10, 11
      ON CONFLICT ON CONSTRAINT response_rollups_key DO UPDATE
        SET responses = t.responses + excluded.responses, within_target = t.within_target + excluded.within_target
    ), daily AS (
      INSERT INTO response_rollups_by_identity AS t (workspace_id, business, day, identity_id, identity_kind, is_first,
                                                     bucket, responses, within_target)
      SELECT workspace_id, business, day, identity_id, identity_kind, is_first, bucket, %2$s * count(*), %2$s * sum(within)
        FROM facts
       GROUP BY 1, 2, 3, 4, 5, 6, 7
       ORDER BY 1, 2, 3, 4, 6, 7
      ON CONFLICT ON CONSTRAINT response_rollups_by_identity_key DO UPDATE
        SET responses = t.responses + excluded.responses, within_target = t.within_target + excluded.within_target
    ), weekly AS (
      INSERT INTO response_rollups_by_identity_weekly AS t (workspace_id, business, day, identity_id, identity_kind,
                                                            is_first, bucket, responses, within_target)
      SELECT workspace_id, business, date_trunc('week', day)::date, identity_id, identity_kind, is_first, bucket,
             %2$s * count(*), %2$s * sum(within)
        FROM facts
       GROUP BY 1, 2, 3, 4, 5, 6, 7
       ORDER BY 1, 2, 3, 4, 6, 7
      ON CONFLICT ON CONSTRAINT response_rollups_by_identity_weekly_key DO UPDATE
        SET responses = t.responses + excluded.responses, within_target = t.within_target + excluded.within_target
    )
    INSERT INTO response_sla_daily AS t (workspace_id, business, day, identity_id, identity_kind, priority, is_first,
                                         responses, within_target)
    SELECT workspace_id, business, day, identity_id, identity_kind, priority, is_first, %2$s * count(*), %2$s * sum(within)
      FROM facts
     GROUP BY 1, 2, 3, 4, 5, 6, 7
     ORDER BY 1, 2, 3, 4, 6, 7
    ON CONFLICT ON CONSTRAINT response_sla_daily_key DO UPDATE
      SET responses = t.responses + excluded.responses, within_target = t.within_target + excluded.within_target
  $q$, source, sign, filter)
$$;
--> statement-breakpoint
CREATE FUNCTION responses_maintain_rollups() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Transition tables are visible to EXECUTE in this function only, hence the SQL is built here.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE response_rollups_sql('old_rows', -1, 'true');
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    EXECUTE response_rollups_sql('new_rows', 1, 'true');
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Transition tables need one trigger per event.
CREATE TRIGGER responses_rollups_insert AFTER INSERT ON responses REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION responses_maintain_rollups();
--> statement-breakpoint
CREATE TRIGGER responses_rollups_update AFTER UPDATE ON responses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION responses_maintain_rollups();
--> statement-breakpoint
CREATE TRIGGER responses_rollups_delete AFTER DELETE ON responses REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION responses_maintain_rollups();
--> statement-breakpoint
-- Recomputes the rollups of one workspace (or all when null) from `responses`. The share lock keeps writers out
-- for the duration, so no response is counted twice or lost between the delete and the insert.
CREATE FUNCTION rebuild_response_rollups(ws uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE responses IN SHARE MODE;
  DELETE FROM response_rollups WHERE ws IS NULL OR workspace_id = ws;
  DELETE FROM response_rollups_by_identity WHERE ws IS NULL OR workspace_id = ws;
  DELETE FROM response_rollups_by_identity_weekly WHERE ws IS NULL OR workspace_id = ws;
  DELETE FROM response_sla_daily WHERE ws IS NULL OR workspace_id = ws;
  EXECUTE response_rollups_sql('responses', 1, CASE WHEN ws IS NULL THEN 'true' ELSE format('r.workspace_id = %L', ws) END);
END
$$;
--> statement-breakpoint
-- Days follow the workspace's time zone and `within_target` its SLA targets: a change of either recounts.
CREATE FUNCTION workspaces_rebuild_rollups() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_response_rollups(NEW.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER workspaces_rollup_settings AFTER UPDATE OF timezone, sla_targets ON workspaces FOR EACH ROW
  WHEN (OLD.timezone IS DISTINCT FROM NEW.timezone OR OLD.sla_targets IS DISTINCT FROM NEW.sla_targets)
  EXECUTE FUNCTION workspaces_rebuild_rollups();

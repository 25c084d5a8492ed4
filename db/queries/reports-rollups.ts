import { sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";

/**
 * Recomputes the response-time rollups from `responses` (one workspace, or all), in one transaction; writers of
 * responses wait meanwhile (see rebuild_response_rollups() in the migration). Returns the rows written.
 */
export async function rebuildResponseRollups(db: DbOrTx, { workspaceId }: { workspaceId?: string } = {}) {
  await db.execute(sql`select rebuild_response_rollups(${workspaceId ?? null}::uuid)`);
  const [counts] = await db.execute<{ fine: number; byIdentity: number }>(sql`
    select (select count(*) from response_rollups where ${workspaceId ?? null}::uuid is null or workspace_id = ${workspaceId ?? null}::uuid)::int as fine,
           (select count(*) from response_rollups_by_identity where ${workspaceId ?? null}::uuid is null or workspace_id = ${workspaceId ?? null}::uuid)::int as "byIdentity"`);
  return counts!;
}

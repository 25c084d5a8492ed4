import { eq } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { workspaces } from "../schema";

export async function getWorkspace(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return row;
}

import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { channelKey, type ImportWriteContext } from "@/db/queries/import-write";
import { stagedBrandAccounts } from "@/db/queries/import-stage";
import { channels, identities, personaSuggestions, workspaces } from "@/db/schema";
import type { Category, Platform } from "@/db/schema/enum-values";
import { routeNewConversation, type RouteDecision } from "@/lib/routing/route";

/** "- Becky" and "-becky" are one sign-off: the mark and the name, lower-cased, without the space. */
export const signOffKey = (signOff: string) =>
  signOff
    .trim()
    .replace(/^([-^~*]) /, "$1")
    .toLowerCase();

/**
 * Loads what writing needs once per import: the workspace's SLA settings, its brand accounts (creating the missing
 * ones from the file's outbound authors, owned by the brand identity; disconnected until an admin connects them,
 * so nothing is ever sent through an account Curtain has no access to), the personas sign-offs map to, and a
 * routing cache.
 */
export async function loadImportContext(
  db: Db,
  { workspaceId, runId }: { workspaceId: string; runId: string },
): Promise<ImportWriteContext> {
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  const [brand] = await db
    .select({ id: identities.id })
    .from(identities)
    .where(and(eq(identities.workspaceId, workspaceId), eq(identities.kind, "brand")));
  if (!workspace || !brand) throw new Error("The workspace has no brand identity");

  const accounts = await stagedBrandAccounts(db, runId);
  if (accounts.length) {
    await db
      .insert(channels)
      .values(
        accounts.map((a) => ({
          workspaceId,
          platform: a.platform as Platform,
          handle: a.handle,
          identityId: brand.id,
          status: "disconnected" as const,
        })),
      )
      .onConflictDoNothing();
  }
  const channelRows = await db
    .select({ id: channels.id, platform: channels.platform, handle: channels.handle, identityId: channels.identityId })
    .from(channels)
    .where(eq(channels.workspaceId, workspaceId));
  const identityRows = await db
    .select({ id: identities.id, kind: identities.kind, signOff: identities.signOff })
    .from(identities)
    .where(eq(identities.workspaceId, workspaceId));
  const decided = await db
    .select({
      channelId: personaSuggestions.channelId,
      key: personaSuggestions.signOffKey,
      identityId: personaSuggestions.identityId,
    })
    .from(personaSuggestions)
    .where(
      and(
        eq(personaSuggestions.workspaceId, workspaceId),
        inArray(personaSuggestions.status, ["confirmed", "merged"]),
        isNotNull(personaSuggestions.identityId),
      ),
    );

  const personas = new Map<string, string>();
  for (const i of identityRows) if (i.kind === "persona" && i.signOff) personas.set(`*:${signOffKey(i.signOff)}`, i.id);
  for (const d of decided) personas.set(`${d.channelId}:${d.key}`, d.identityId!);

  // Routing is called once per (channel, category): an import creates up to millions of conversations and every
  // one of them has the same facts the rules can see in bulk (no text classification runs on history).
  const routes = new Map<string, Promise<RouteDecision>>();
  const route = (channelId: string, category: Category) => {
    const key = `${channelId}:${category}`;
    let decision = routes.get(key);
    if (!decision) {
      decision = routeNewConversation(db, {
        workspaceId,
        channelId,
        kind: "mention",
        category,
        body: "",
        contactLabels: [],
      });
      routes.set(key, decision);
    }
    return decision;
  };

  return {
    workspaceId,
    sla: { timezone: workspace.timezone, businessHours: workspace.businessHours, slaTargets: workspace.slaTargets },
    channels: new Map(
      channelRows.map((c) => [channelKey(c.platform, c.handle), { id: c.id, identityId: c.identityId }]),
    ),
    personas,
    identityKinds: new Map(identityRows.map((i) => [i.id, i.kind])),
    route,
  };
}

import { and, asc, desc, eq, sql } from "drizzle-orm";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { recordAudit } from "./audit";
import { createPersona } from "./identity-changes";
import { channels, identities, importedSignOffs, importRows, messages, personaSuggestions, responses } from "../schema";

const PERSONA_MIN = 3;

/**
 * Suggests a persona for every sign-off carried by ≥ 3 imported replies of one brand account and not yet
 * attributed to a persona (counts over every import, so two small files add up). Decided suggestions keep their
 * decision; their counts are refreshed.
 */
export async function refreshPersonaSuggestions(
  db: DbOrTx,
  { workspaceId, runId }: { workspaceId: string; runId: string },
) {
  await db.execute(sql`
    insert into ${personaSuggestions} (workspace_id, channel_id, sign_off_key, sign_off, replies)
    select s.workspace_id, s.channel_id, s.sign_off_key,
      coalesce((select mode() within group (order by r.sign_off) from ${importRows} r
                where r.run_id = ${runId} and r.inbound = false and lower(r.sign_off) = s.sign_off_key and lower(r.author) = lower(c.handle)),
               s.sign_off_key),
      count(*)::int
    from ${importedSignOffs} s join ${channels} c on c.id = s.channel_id
    where s.workspace_id = ${workspaceId} and not exists (
      select 1 from ${identities} i where i.workspace_id = s.workspace_id and i.kind = 'persona'
        and lower(regexp_replace(i.sign_off, '^([-^~*]) ', '\\1')) = s.sign_off_key)
    group by s.workspace_id, s.channel_id, s.sign_off_key, c.handle
    having count(*) >= ${PERSONA_MIN}
    on conflict (workspace_id, channel_id, sign_off_key) do update set replies = excluded.replies`);
}

export async function listPersonaSuggestions(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      id: personaSuggestions.id,
      signOff: personaSuggestions.signOff,
      replies: personaSuggestions.replies,
      status: personaSuggestions.status,
      channelHandle: channels.handle,
      identityId: personaSuggestions.identityId,
      identityName: identities.displayName,
    })
    .from(personaSuggestions)
    .innerJoin(channels, eq(channels.id, personaSuggestions.channelId))
    .leftJoin(identities, eq(identities.id, personaSuggestions.identityId))
    .where(eq(personaSuggestions.workspaceId, workspaceId))
    .orderBy(
      asc(sql`${personaSuggestions.status} <> 'pending'`),
      desc(personaSuggestions.replies),
      asc(personaSuggestions.id),
    )
    .limit(200);
}
export type PersonaSuggestionRow = Awaited<ReturnType<typeof listPersonaSuggestions>>[number];

type Decide = { workspaceId: string; actorUserId: string; suggestionId: string };

async function lockPending(tx: DbOrTx, { workspaceId, suggestionId }: Decide) {
  const [row] = await tx
    .select()
    .from(personaSuggestions)
    .where(and(eq(personaSuggestions.id, suggestionId), eq(personaSuggestions.workspaceId, workspaceId)))
    .for("update");
  return row;
}

/** Moves the suggestion's replies (and their response facts) to the persona. */
async function reattribute(
  tx: DbOrTx,
  s: { workspaceId: string; channelId: string; signOffKey: string },
  identityId: string,
) {
  const signed = sql`select ${importedSignOffs.messageId} from ${importedSignOffs}
    where ${importedSignOffs.workspaceId} = ${s.workspaceId} and ${importedSignOffs.channelId} = ${s.channelId} and ${importedSignOffs.signOffKey} = ${s.signOffKey}`;
  const moved = await tx
    .update(messages)
    .set({ identityId })
    .where(and(eq(messages.workspaceId, s.workspaceId), sql`${messages.id} in (${signed})`))
    .returning({ id: messages.id });
  await tx
    .update(responses)
    .set({ identityId, identityKind: "persona" })
    .where(and(eq(responses.workspaceId, s.workspaceId), sql`${responses.messageId} in (${signed})`));
  return moved.length;
}

/** Confirm (optionally renamed): creates the persona with the sign-off and re-attributes the replies. */
export async function confirmPersonaSuggestion(
  db: DbOrTx,
  input: Decide & { displayName: string; signOff: string },
): Promise<Outcome<{ identityId: string; replies: number }>> {
  return db.transaction(async (tx) => {
    const suggestion = await lockPending(tx, input);
    if (!suggestion) return fail("not_found");
    if (suggestion.status !== "pending") return fail("conflict");
    const created = await createPersona(tx, {
      workspaceId: input.workspaceId,
      values: {
        displayName: input.displayName,
        handle: null,
        bio: "",
        languages: [],
        voiceGuide: { tone: "", use: [], avoid: [], banned: [] },
        signOff: input.signOff,
        disclosure: null,
      },
    });
    if (!created.ok) return created;
    const replies = await reattribute(tx, suggestion, created.value.id);
    await tx
      .update(personaSuggestions)
      .set({ status: "confirmed", identityId: created.value.id, decidedAt: new Date() })
      .where(eq(personaSuggestions.id, suggestion.id));
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorUserId: input.actorUserId,
      action: "import.persona_confirmed",
      objectType: "identity",
      objectId: created.value.id,
      data: { signOff: input.signOff, replies },
    });
    return ok({ identityId: created.value.id, replies });
  });
}

/** Merge: the sign-off belongs to an existing persona of the workspace; its replies move there. */
export async function mergePersonaSuggestion(
  db: DbOrTx,
  input: Decide & { identityId: string },
): Promise<Outcome<{ replies: number }>> {
  return db.transaction(async (tx) => {
    const suggestion = await lockPending(tx, input);
    if (!suggestion) return fail("not_found");
    if (suggestion.status !== "pending") return fail("conflict");
    const [persona] = await tx
      .select({ id: identities.id })
      .from(identities)
      .where(
        and(
          eq(identities.id, input.identityId),
          eq(identities.workspaceId, input.workspaceId),
          eq(identities.kind, "persona"),
        ),
      );
    if (!persona) return fail("not_found");
    const replies = await reattribute(tx, suggestion, persona.id);
    await tx
      .update(personaSuggestions)
      .set({ status: "merged", identityId: persona.id, decidedAt: new Date() })
      .where(eq(personaSuggestions.id, suggestion.id));
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorUserId: input.actorUserId,
      action: "import.persona_merged",
      objectType: "identity",
      objectId: persona.id,
      data: { signOff: suggestion.signOff, replies },
    });
    return ok({ replies });
  });
}

/** Not a persona (a team sign-off, a false positive): the replies stay with the brand. */
export async function dismissPersonaSuggestion(db: DbOrTx, input: Decide): Promise<Outcome<undefined>> {
  return db.transaction(async (tx) => {
    const suggestion = await lockPending(tx, input);
    if (!suggestion) return fail("not_found");
    if (suggestion.status !== "pending") return fail("conflict");
    await tx
      .update(personaSuggestions)
      .set({ status: "dismissed", decidedAt: new Date() })
      .where(eq(personaSuggestions.id, suggestion.id));
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorUserId: input.actorUserId,
      action: "import.persona_dismissed",
      objectType: "workspace",
      objectId: input.workspaceId,
      data: { signOff: suggestion.signOff },
    });
    return ok();
  });
}

"use server";

import { recordAudit } from "@/db/queries/audit";
import { getIdentity } from "@/db/queries/identities";
import {
  addOperator,
  createPersona,
  handoverPersona,
  removeOperator,
  setAvatarUrl,
  setPersonaStatus,
  updateIdentity,
} from "@/db/queries/identity-changes";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { deleteReplacedAvatar } from "@/lib/identities/avatar-storage";
import { checkedIdentityValues } from "@/lib/identities/field-errors";
import {
  createPersonaSchema,
  handoverPersonaSchema,
  operatorSchema,
  setAvatarUrlSchema,
  setPersonaStatusSchema,
  updateIdentitySchema,
} from "@/lib/identities/schemas";
import { fail, orThrow } from "@/lib/outcome";

export const createPersonaAction = workspaceAction(
  "identities.manage",
  createPersonaSchema,
  async ({ operatorIds, ...input }, { db, workspaceId, user }) => {
    const values = orThrow(checkedIdentityValues(input, "persona"));
    return db.transaction(async (tx) => {
      const persona = orThrow(await createPersona(tx, { workspaceId, values }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "identity.created",
        objectType: "identity",
        objectId: persona.id,
        data: { displayName: persona.displayName, kind: "persona" },
      });
      // A user of another workspace is not_found and rolls the whole creation back.
      for (const userId of new Set(operatorIds)) {
        const outcome = await addOperator(tx, { workspaceId, identityId: persona.id, userId });
        // The form names the initial operators operatorIds; a refusal belongs on that field.
        const added = orThrow(
          outcome.ok || !outcome.fields?.userId ? outcome : fail(outcome.code, { operatorIds: outcome.fields.userId }),
        );
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action: "operator.added",
          objectType: "identity",
          objectId: persona.id,
          data: { userId, userName: added.user.name, persona: persona.displayName },
        });
      }
      return { id: persona.id, displayName: persona.displayName };
    });
  },
);

export const updateIdentityAction = workspaceAction(
  "identities.manage",
  updateIdentitySchema,
  async ({ identityId, version, ...input }, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const kind = (await getIdentity(tx, { workspaceId, identityId }))?.kind;
      if (!kind) return orThrow(fail("not_found"));
      const values = orThrow(checkedIdentityValues(input, kind));
      const updated = orThrow(await updateIdentity(tx, { workspaceId, identityId, version, values }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "identity.updated",
        objectType: "identity",
        objectId: identityId,
        data: { displayName: updated.displayName, kind },
      });
      return { id: identityId, version: updated.version };
    }),
);

export const setPersonaStatusAction = workspaceAction(
  "identities.manage",
  setPersonaStatusSchema,
  async ({ identityId, status }, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const { changed, displayName } = orThrow(await setPersonaStatus(tx, { workspaceId, identityId, status }));
      if (changed) {
        const action = status === "retired" ? "identity.retired" : "identity.reactivated";
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action,
          objectType: "identity",
          objectId: identityId,
          data: { displayName },
        });
      }
      return { id: identityId, status };
    }),
);

export const setAvatarUrlAction = workspaceAction(
  "identities.manage",
  setAvatarUrlSchema,
  async ({ identityId, avatarUrl }, { db, workspaceId, user }) => {
    const replaced = await db.transaction(async (tx) => {
      const { previousAvatarUrl } = orThrow(await setAvatarUrl(tx, { workspaceId, identityId, avatarUrl }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "identity.updated",
        objectType: "identity",
        objectId: identityId,
        data: { avatarUrl },
      });
      return previousAvatarUrl;
    });
    // A removed or replaced upload is deleted once the change is committed.
    await deleteReplacedAvatar(replaced, avatarUrl);
    return { id: identityId, avatarUrl };
  },
);

/** Adding and removing an operator differ only in the query and the audit event; a no-op writes no event. */
function operatorChangeAction(
  change: typeof addOperator | typeof removeOperator,
  action: "operator.added" | "operator.removed",
) {
  return workspaceAction(
    "identities.manage",
    operatorSchema,
    async ({ identityId, userId }, { db, workspaceId, user }) =>
      db.transaction(async (tx) => {
        const result = orThrow(await change(tx, { workspaceId, identityId, userId }));
        if (result.changed) {
          await recordAudit(tx, {
            workspaceId,
            actorUserId: user.id,
            action,
            objectType: "identity",
            objectId: identityId,
            data: { userId, userName: result.user.name, persona: result.persona.displayName },
          });
        }
        return { identityId, userId, changed: result.changed };
      }),
  );
}

export const addOperatorAction = operatorChangeAction(addOperator, "operator.added");
export const removeOperatorAction = operatorChangeAction(removeOperator, "operator.removed");

export const handoverPersonaAction = workspaceAction(
  "identities.manage",
  handoverPersonaSchema,
  async (input, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const result = orThrow(await handoverPersona(tx, { workspaceId, ...input }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "persona.handed_over",
        objectType: "identity",
        objectId: input.identityId,
        data: {
          persona: result.persona.displayName,
          from: { userId: result.from.id, name: result.from.name },
          to: { userId: result.to.id, name: result.to.name },
        },
      });
      return { identityId: input.identityId, toUserId: input.toUserId };
    }),
);

"use server";

import { recordAudit } from "@/db/queries/audit";
import { getIdentity } from "@/db/queries/identities";
import { addOperator, createPersona, handoverPersona, removeOperator, setAvatarUrl, setPersonaStatus, updateIdentity } from "@/db/queries/identity-changes";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { AppError } from "@/lib/errors";
import { deleteReplacedAvatar } from "@/lib/identities/avatar-storage";
import { checkedIdentityValues, fieldError } from "@/lib/identities/field-errors";
import {
  createPersonaSchema,
  handoverPersonaSchema,
  operatorSchema,
  setAvatarUrlSchema,
  setPersonaStatusSchema,
  updateIdentitySchema,
} from "@/lib/identities/schemas";

export const createPersonaAction = workspaceAction("identities.manage", createPersonaSchema, async ({ operatorIds, ...input }, { db, workspaceId, user }) => {
  const values = await checkedIdentityValues(input, "persona");
  return db.transaction(async (tx) => {
    const result = await createPersona(tx, { workspaceId, values });
    if (!result.ok) throw await fieldError("handle", "handleTaken");
    const persona = result.value;
    await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "identity.created", objectType: "identity", objectId: persona.id, data: { displayName: persona.displayName, kind: "persona" } });
    // A user of another workspace is not_found and rolls the whole creation back.
    for (const userId of new Set(operatorIds)) {
      const added = await addOperator(tx, { workspaceId, identityId: persona.id, userId });
      if (!added.ok) throw await fieldError("operatorIds", "cannotSpeak");
      await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "operator.added", objectType: "identity", objectId: persona.id, data: { userId, userName: added.user.name, persona: persona.displayName } });
    }
    return { id: persona.id, displayName: persona.displayName };
  });
});

export const updateIdentityAction = workspaceAction("identities.manage", updateIdentitySchema, async ({ identityId, version, ...input }, { db, workspaceId, user }) =>
  db.transaction(async (tx) => {
    const kind = (await getIdentity(tx, { workspaceId, identityId }))?.kind;
    if (!kind) throw new AppError("not_found");
    const values = await checkedIdentityValues(input, kind);
    const result = await updateIdentity(tx, { workspaceId, identityId, version, values });
    if (!result.ok) throw result.reason === "handle_taken" ? await fieldError("handle", "handleTaken") : new AppError(result.reason === "brand" ? "bad_request" : result.reason);
    await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "identity.updated", objectType: "identity", objectId: identityId, data: { displayName: result.value.displayName, kind } });
    return { id: identityId, version: result.value.version };
  }),
);

export const setPersonaStatusAction = workspaceAction("identities.manage", setPersonaStatusSchema, async ({ identityId, status }, { db, workspaceId, user }) =>
  db.transaction(async (tx) => {
    const result = await setPersonaStatus(tx, { workspaceId, identityId, status });
    // The brand is the workspace's own voice: it cannot be retired.
    if (!result.ok) throw result.reason === "brand" ? await fieldError("identityId", "brandCannotRetire") : new AppError("not_found");
    if (result.value.changed) {
      const action = status === "retired" ? "identity.retired" : "identity.reactivated";
      await recordAudit(tx, { workspaceId, actorUserId: user.id, action, objectType: "identity", objectId: identityId, data: { displayName: result.value.displayName } });
    }
    return { id: identityId, status };
  }),
);

export const setAvatarUrlAction = workspaceAction("identities.manage", setAvatarUrlSchema, async ({ identityId, avatarUrl }, { db, workspaceId, user }) => {
  const replaced = await db.transaction(async (tx) => {
    const { previousAvatarUrl } = await setAvatarUrl(tx, { workspaceId, identityId, avatarUrl });
    await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "identity.updated", objectType: "identity", objectId: identityId, data: { avatarUrl } });
    return previousAvatarUrl;
  });
  // A removed or replaced upload is deleted once the change is committed.
  await deleteReplacedAvatar(replaced, avatarUrl);
  return { id: identityId, avatarUrl };
});

export const addOperatorAction = workspaceAction("identities.manage", operatorSchema, async ({ identityId, userId }, { db, workspaceId, user }) =>
  db.transaction(async (tx) => {
    const result = await addOperator(tx, { workspaceId, identityId, userId });
    if (!result.ok) throw await fieldError("userId", "cannotSpeak");
    if (result.changed) {
      await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "operator.added", objectType: "identity", objectId: identityId, data: { userId, userName: result.user.name, persona: result.persona.displayName } });
    }
    return { identityId, userId, changed: result.changed };
  }),
);

export const removeOperatorAction = workspaceAction("identities.manage", operatorSchema, async ({ identityId, userId }, { db, workspaceId, user }) =>
  db.transaction(async (tx) => {
    const result = await removeOperator(tx, { workspaceId, identityId, userId });
    if (result.changed) {
      await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "operator.removed", objectType: "identity", objectId: identityId, data: { userId, userName: result.user.name, persona: result.persona.displayName } });
    }
    return { identityId, userId, changed: result.changed };
  }),
);

export const handoverPersonaAction = workspaceAction("identities.manage", handoverPersonaSchema, async (input, { db, workspaceId, user }) =>
  db.transaction(async (tx) => {
    const result = await handoverPersona(tx, { workspaceId, ...input });
    if (!result.ok) {
      if (result.reason === "not_operator") throw await fieldError("fromUserId", "notOperator");
      throw await fieldError("toUserId", result.reason === "same_operator" ? "sameOperator" : "cannotSpeak");
    }
    await recordAudit(tx, {
      workspaceId,
      actorUserId: user.id,
      action: "persona.handed_over",
      objectType: "identity",
      objectId: input.identityId,
      data: { persona: result.persona.displayName, from: { userId: result.from.id, name: result.from.name }, to: { userId: result.to.id, name: result.to.name } },
    });
    return { identityId: input.identityId, toUserId: input.toUserId };
  }),
);

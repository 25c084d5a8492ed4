"use server";

import {
  confirmPersonaSuggestion,
  dismissPersonaSuggestion,
  mergePersonaSuggestion,
} from "@/db/queries/import-personas";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { confirmSuggestionSchema, dismissSuggestionSchema, mergeSuggestionSchema } from "@/lib/import/schemas";
import { orThrow } from "@/lib/outcome";

export const confirmPersonaSuggestionAction = workspaceAction(
  "import.run",
  confirmSuggestionSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await confirmPersonaSuggestion(db, { workspaceId, actorUserId: user.id, ...input })),
);

export const mergePersonaSuggestionAction = workspaceAction(
  "import.run",
  mergeSuggestionSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await mergePersonaSuggestion(db, { workspaceId, actorUserId: user.id, ...input })),
);

export const dismissPersonaSuggestionAction = workspaceAction(
  "import.run",
  dismissSuggestionSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await dismissPersonaSuggestion(db, { workspaceId, actorUserId: user.id, ...input })),
);

"use client";

import { useTranslations } from "next-intl";
import {
  addNoteAction,
  retryDeliveryAction,
  sendReplyAction,
  setContactLabelsAction,
  updateConversationAction,
} from "@/app/(dashboard)/w/[workspace]/inbox/[conversationId]/actions";
import { markNotificationsReadAction } from "@/app/(dashboard)/w/[workspace]/notifications/actions";
import {
  createSavedReplyAction,
  deleteSavedReplyAction,
  updateSavedReplyAction,
} from "@/app/(dashboard)/w/[workspace]/settings/saved-replies/actions";
import { useActionMutation, type ClientActionError } from "@/components/common/use-action-mutation";
import { conversationQueries } from "@/lib/conversation/queries";
import { inboxQueries } from "@/lib/inbox/queries";

// The conversation view's, the notifications menu's and Settings → Saved replies' mutations, on the one shared
// mutation hook (pending state, translated errors, field errors, offline refusal, refetch).

type Input<F extends (input: never) => unknown> = Omit<Parameters<F>[0], "workspaceId">;

export function useConversationMutations(workspaceId: string, conversationId: string) {
  const t = useTranslations("conversation");
  const options = {
    // After any change, success or refusal: refetch the view (a conflict shows the new state at once) and the queue.
    invalidate: [conversationQueries.view(workspaceId, conversationId).queryKey, inboxQueries.all(workspaceId)],
    // Field errors are shown next to the field by the form; a conflict in this view's own words.
    errorMessage: (error: ClientActionError) =>
      error.code === "conflict" ? t("conflict") : error.fieldErrors ? null : undefined,
  };
  const sendReply = useActionMutation(
    (input: Input<typeof sendReplyAction>) => sendReplyAction({ workspaceId, ...input }),
    {
      ...options,
      successMessage: () => t("composer.sent"),
    },
  );
  const retry = useActionMutation(
    (input: Input<typeof retryDeliveryAction>) => retryDeliveryAction({ workspaceId, ...input }),
    { ...options, successMessage: () => t("retried") },
  );
  const update = useActionMutation(
    (input: Input<typeof updateConversationAction>) => updateConversationAction({ workspaceId, ...input }),
    { ...options, successMessage: () => t("controls.saved") },
  );
  const setLabels = useActionMutation(
    (input: Input<typeof setContactLabelsAction>) => setContactLabelsAction({ workspaceId, ...input }),
    options,
  );
  const addNote = useActionMutation((input: Input<typeof addNoteAction>) => addNoteAction({ workspaceId, ...input }), {
    ...options,
    successMessage: () => t("notes.added"),
  });
  return { sendReply, retry, update, setLabels, addNote };
}

export type ConversationMutations = ReturnType<typeof useConversationMutations>;

export function useMarkNotificationsRead(workspaceId: string) {
  return useActionMutation(
    (input: Input<typeof markNotificationsReadAction>) => markNotificationsReadAction({ workspaceId, ...input }),
    { invalidate: [conversationQueries.notifications(workspaceId).queryKey] },
  );
}

export function useSavedReplyMutations(workspaceId: string) {
  const t = useTranslations("conversation.savedReplies");
  const save = useActionMutation(
    ({ savedReplyId, ...input }: Input<typeof createSavedReplyAction> & { savedReplyId?: string }) =>
      savedReplyId
        ? updateSavedReplyAction({ workspaceId, savedReplyId, ...input })
        : createSavedReplyAction({ workspaceId, ...input }),
    // The list is rendered by the server page; field errors are shown next to the fields.
    {
      refresh: true,
      successMessage: () => t("saved"),
      errorMessage: (error) => (error.fieldErrors ? null : undefined),
    },
  );
  const remove = useActionMutation(
    (input: Input<typeof deleteSavedReplyAction>) => deleteSavedReplyAction({ workspaceId, ...input }),
    { refresh: true, successMessage: () => t("deleted") },
  );
  return { save, remove };
}

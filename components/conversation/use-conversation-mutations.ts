"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { addNoteAction, retryDeliveryAction, sendReplyAction, setContactLabelsAction, updateConversationAction } from "@/app/(dashboard)/w/[workspace]/inbox/[conversationId]/actions";
import { markNotificationsReadAction } from "@/app/(dashboard)/w/[workspace]/notifications/actions";
import { createSavedReplyAction, deleteSavedReplyAction, updateSavedReplyAction } from "@/app/(dashboard)/w/[workspace]/settings/saved-replies/actions";
import { toast } from "@/components/ui/toast";
import type { ActionError } from "@/lib/errors";
import { conversationKeys } from "@/lib/conversation/query-keys";
import { inboxKeys } from "@/lib/inbox/query-keys";

// All client mutations of the conversation view, the notifications menu and Settings → Saved replies, in one
// file so they can move onto the shared mutation hook together.

/** An action's failure with its translated message, code and field errors. */
export class ConversationActionError extends Error {
  constructor(readonly error: ActionError) {
    super(error.message);
  }
}

async function unwrap<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: ActionError }>) {
  const r = await result;
  if (!r.ok) throw new ConversationActionError(r.error);
  return r.data;
}

type Input<F extends (input: never) => unknown> = Omit<Parameters<F>[0], "workspaceId">;

/** After any change: refetch the view (a conflict shows the new state at once) and the queue. */
function useRefreshConversation(workspaceId: string, conversationId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: conversationKeys.view(workspaceId, conversationId) }),
      queryClient.invalidateQueries({ queryKey: inboxKeys.all(workspaceId) }),
    ]);
}

function useConflictToast() {
  const t = useTranslations("conversation");
  return (error: Error) => {
    const conflict = error instanceof ConversationActionError && error.error.code === "conflict";
    // Field errors are shown next to the field by the form; everything else as a toast.
    if (error instanceof ConversationActionError && error.error.fieldErrors && !conflict) return;
    toast({ title: conflict ? t("conflict") : error.message, variant: "destructive" });
  };
}

export function useConversationMutations(workspaceId: string, conversationId: string) {
  const t = useTranslations("conversation");
  const refresh = useRefreshConversation(workspaceId, conversationId);
  const onError = useConflictToast();
  const common = { onError, onSettled: refresh };

  const sendReply = useMutation({
    mutationFn: (input: Input<typeof sendReplyAction>) => unwrap(sendReplyAction({ workspaceId, ...input })),
    onSuccess: () => toast({ title: t("composer.sent") }),
    ...common,
  });
  const retry = useMutation({
    mutationFn: (input: Input<typeof retryDeliveryAction>) => unwrap(retryDeliveryAction({ workspaceId, ...input })),
    onSuccess: () => toast({ title: t("retried") }),
    ...common,
  });
  const update = useMutation({
    mutationFn: (input: Input<typeof updateConversationAction>) => unwrap(updateConversationAction({ workspaceId, ...input })),
    onSuccess: () => toast({ title: t("controls.saved") }),
    ...common,
  });
  const setLabels = useMutation({
    mutationFn: (input: Input<typeof setContactLabelsAction>) => unwrap(setContactLabelsAction({ workspaceId, ...input })),
    ...common,
  });
  const addNote = useMutation({
    mutationFn: (input: Input<typeof addNoteAction>) => unwrap(addNoteAction({ workspaceId, ...input })),
    onSuccess: () => toast({ title: t("notes.added") }),
    ...common,
  });
  return { sendReply, retry, update, setLabels, addNote };
}

export type ConversationMutations = ReturnType<typeof useConversationMutations>;

export function useMarkNotificationsRead(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<typeof markNotificationsReadAction>) => unwrap(markNotificationsReadAction({ workspaceId, ...input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: conversationKeys.notifications(workspaceId) }),
  });
}

export function useSavedReplyMutations(workspaceId: string) {
  const t = useTranslations("conversation.savedReplies");
  const router = useRouter();
  const done = (message: string) => () => {
    toast({ title: message });
    router.refresh();
  };
  const save = useMutation({
    mutationFn: ({ savedReplyId, ...input }: Input<typeof createSavedReplyAction> & { savedReplyId?: string }) =>
      savedReplyId ? unwrap(updateSavedReplyAction({ workspaceId, savedReplyId, ...input })) : unwrap(createSavedReplyAction({ workspaceId, ...input })),
    onSuccess: done(t("saved")),
  });
  const remove = useMutation({
    mutationFn: (input: Input<typeof deleteSavedReplyAction>) => unwrap(deleteSavedReplyAction({ workspaceId, ...input })),
    onSuccess: done(t("deleted")),
    onError: (error) => toast({ title: error.message, variant: "destructive" }),
  });
  return { save, remove };
}

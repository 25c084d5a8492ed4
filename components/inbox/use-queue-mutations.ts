"use client";

import { useTranslations } from "next-intl";
import {
  assignConversationAction,
  bulkUpdateAction,
  claimNextAction,
  escalateConversationAction,
  setConversationStatusAction,
  snoozeConversationAction,
} from "@/app/(dashboard)/w/[workspace]/inbox/actions";
import { useActionMutation, type ClientActionError } from "@/components/common/use-action-mutation";
import { toast } from "@/components/ui/toast-store";
import { inboxQueries } from "@/lib/inbox/queries";

type Input<F extends (input: never) => unknown> = Omit<Parameters<F>[0], "workspaceId">;

/** The queue's work-distribution mutations; every one refetches the inbox (list and counts) afterwards. */
export function useQueueMutations(workspaceId: string, onClaimed: (id: string) => void) {
  const t = useTranslations("queue");
  const tInbox = useTranslations("inbox");
  const options = {
    invalidate: [inboxQueries.all(workspaceId)],
    errorMessage: (error: ClientActionError) => (error.code === "conflict" ? t("conflict") : undefined),
    fieldErrorsInToast: true,
  };
  const claim = useActionMutation(() => claimNextAction({ workspaceId }), {
    ...options,
    onSuccess: (claimed) => {
      if (claimed) onClaimed(claimed.id);
      else toast({ title: t("queueEmpty") });
    },
  });
  const assign = useActionMutation(
    (input: Input<typeof assignConversationAction>) => assignConversationAction({ workspaceId, ...input }),
    { ...options, successMessage: (data) => (data.assigneeId ? t("assigned") : t("unassigned")) },
  );
  const setStatus = useActionMutation(
    (input: Input<typeof setConversationStatusAction>) => setConversationStatusAction({ workspaceId, ...input }),
    { ...options, successMessage: (data) => tInbox("statusChanged", { status: tInbox(`statuses.${data.status}`) }) },
  );
  const snooze = useActionMutation(
    (input: Input<typeof snoozeConversationAction>) => snoozeConversationAction({ workspaceId, ...input }),
    { ...options, successMessage: () => t("snoozed") },
  );
  const escalate = useActionMutation(
    (input: Input<typeof escalateConversationAction>) => escalateConversationAction({ workspaceId, ...input }),
    { ...options, successMessage: () => t("escalated") },
  );
  const bulk = useActionMutation(
    (input: Input<typeof bulkUpdateAction>) => bulkUpdateAction({ workspaceId, ...input }),
    {
      ...options,
      successMessage: (result) => {
        const count = (reason: string) => result.skipped.filter((s) => s.reason === reason).length;
        return t("bulkResult", {
          done: result.succeeded.length,
          changed: count("changed"),
          refused: count("forbidden") + count("not_found"),
        });
      },
    },
  );
  return { claim, assign, setStatus, snooze, escalate, bulk };
}
export type QueueMutations = ReturnType<typeof useQueueMutations>;

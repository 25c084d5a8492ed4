"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { setConversationStatusAction } from "@/app/(dashboard)/w/[workspace]/inbox/actions";
import { toast } from "@/components/ui/toast";
import type { ConversationStatus } from "@/db/schema/enums";
import { inboxKeys } from "@/lib/inbox/query-keys";

/** Resolve / reopen through the server action; the queue and the status counts refresh afterwards. */
export function useSetConversationStatus(workspaceId: string) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const t = useTranslations("inbox");
  return useMutation({
    mutationFn: async (input: { conversationId: string; status: ConversationStatus; version: number }) => {
      const result = await setConversationStatusAction({ workspaceId, ...input });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    onSuccess: (data) => {
      toast({ title: t("statusChanged", { status: t(`statuses.${data.status}`) }) });
    },
    onError: (error) => toast({ title: error.message, variant: "destructive" }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: inboxKeys.all(workspaceId) });
      router.refresh();
    },
  });
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { approvePostAction } from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import { toast } from "@/components/ui/toast";
import { calendarKeys } from "@/lib/calendar/query-keys";

export function useApprovePost(workspaceId: string) {
  const queryClient = useQueryClient();
  const t = useTranslations("calendar");
  return useMutation({
    mutationFn: async (input: { postId: string; version: number }) => {
      const result = await approvePostAction({ workspaceId, ...input });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    onSuccess: () => toast({ title: t("approved") }),
    onError: (error) => toast({ title: error.message, variant: "destructive" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all(workspaceId) }),
  });
}

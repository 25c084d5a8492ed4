"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";
import { teamKeys } from "@/lib/team/query-keys";

/**
 * One member change through its server action. A refusal (e.g. the last-admin rule) is shown with its own
 * message when it has one; the list is refetched either way so it shows what the database holds.
 */
export function useMemberMutation<Input extends object, Data>(
  workspaceId: string,
  action: (input: Input & { workspaceId: string }) => Promise<ActionResult<Data>>,
  successMessage: (data: Data, input: Input) => string,
) {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: async (input: Input) => {
      const result = await action({ ...input, workspaceId });
      if (!result.ok) throw new Error(result.error.fieldErrors?.userId?.[0] ?? result.error.message);
      return result.data;
    },
    onSuccess: (data, input) => toast({ title: successMessage(data, input) }),
    onError: (error) => toast({ title: error.message, variant: "destructive" }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: teamKeys.members(workspaceId) });
      router.refresh();
    },
  });
}

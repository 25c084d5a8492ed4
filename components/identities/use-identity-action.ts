"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import type { ActionResult, FieldErrors } from "@/lib/errors";

class ActionFailed extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

/**
 * Runs one identities server action: a toast on the result, field errors kept for the form, and a refresh of the
 * server-rendered cards on success (they are read on the server, so there is no client cache to invalidate).
 */
export function useIdentityAction<Input, Data>(action: (input: Input) => Promise<ActionResult<Data>>, successMessage: (data: Data) => string, onSuccess?: () => void) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: async (input: Input) => {
      const result = await action(input);
      if (!result.ok) throw new ActionFailed(result.error.message, result.error.fieldErrors);
      return result.data;
    },
    onMutate: () => setFieldErrors({}),
    onSuccess: (data) => {
      toast({ title: successMessage(data) });
      onSuccess?.();
      router.refresh();
    },
    onError: (error) => {
      if (error instanceof ActionFailed && error.fieldErrors) setFieldErrors(error.fieldErrors);
      toast({ title: error.message, variant: "destructive" });
    },
  });
  return { ...mutation, fieldErrors, resetFieldErrors: () => setFieldErrors({}) };
}

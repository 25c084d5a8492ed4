"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@/components/ui/toast-store";
import type { ActionResult, ErrorCode, FieldErrors } from "@/lib/errors";

/** An action's refusal as the client sees it; `offline` and `network` never reached the server's answer. */
export type ClientActionError = { code: ErrorCode | "offline" | "network"; message: string; fieldErrors?: FieldErrors };

export class ActionFailure extends Error {
  constructor(readonly error: ClientActionError) {
    super(error.message);
  }
}

type Options<Input, Data> = {
  /** The feature's query keys to refetch afterwards (success or failure: the list then shows what the database holds). */
  invalidate?: readonly QueryKey[];
  /** Only where server-rendered data changes (cards or counts read in a server component). */
  refresh?: boolean;
  successMessage?: (data: Data, input: Input) => string;
  onSuccess?: (data: Data, input: Input) => void;
  onError?: (error: ClientActionError, input: Input) => void;
  /** Forms that show the message inline set this to false; field errors are kept either way. */
  errorToast?: boolean;
  /** No form to highlight (a button in a table row): the toast says the field's message itself. */
  fieldErrorsInToast?: boolean;
  /** A feature's own wording for a refusal (e.g. what a conflict means here); null shows no toast. */
  errorMessage?: (error: ClientActionError) => string | null | undefined;
};

const isOffline = () => typeof navigator !== "undefined" && navigator.onLine === false;

/**
 * Runs the action once and returns its data, or throws an ActionFailure: the server's refusal, or `offline` before
 * anything is sent when the browser knows it is offline, or when the request itself failed (`network`).
 */
export async function runAction<Input, Data>(
  action: (input: Input) => Promise<ActionResult<Data>>,
  input: Input,
  messages: { offline: string; network: string },
): Promise<Data> {
  if (isOffline()) throw new ActionFailure({ code: "offline", message: messages.offline });
  let result: ActionResult<Data>;
  try {
    result = await action(input);
  } catch {
    // The request itself failed (connection lost on the way, server unreachable): nothing is known to have changed.
    throw new ActionFailure(
      isOffline() ? { code: "offline", message: messages.offline } : { code: "network", message: messages.network },
    );
  }
  if (!result.ok) throw new ActionFailure(result.error);
  return result.data;
}

/**
 * The one way to run a server action from the client: pending state, the translated error as a toast (one per
 * message, not a pile), the field errors for the form, and a refetch of what changed.
 *
 * Offline, a mutation fails at once with its own message and is never replayed: `networkMode: "always"` stops
 * TanStack from pausing it until the browser is back online (its default), which would apply a change the person
 * had long given up on.
 */
export function useActionMutation<Input, Data>(
  action: (input: Input) => Promise<ActionResult<Data>>,
  options: Options<Input, Data> = {},
) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const t = useTranslations("actions");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const mutation = useMutation<Data, ActionFailure, Input>({
    networkMode: "always",
    retry: false,
    mutationFn: (input) => runAction(action, input, { offline: t("offline"), network: t("network") }),
    onMutate: () => setFieldErrors({}),
    onSuccess: (data, input) => {
      if (options.successMessage) toast({ title: options.successMessage(data, input) });
      options.onSuccess?.(data, input);
    },
    onError: (failure, input) => {
      const error =
        failure instanceof ActionFailure ? failure.error : { code: "network" as const, message: t("network") };
      setFieldErrors(error.fieldErrors ?? {});
      // Keyed by the message: the same refusal again replaces the toast instead of stacking a copy.
      const own = options.errorMessage?.(error);
      const message =
        own ?? ((options.fieldErrorsInToast && Object.values(error.fieldErrors ?? {})[0]?.[0]) || error.message);
      if (options.errorToast !== false && own !== null) {
        toast({ id: `action-error:${message}`, title: message, variant: "destructive" });
      }
      options.onError?.(error, input);
    },
    onSettled: async (_data, failure) => {
      if (failure?.error.code === "offline" || failure?.error.code === "network") return;
      await Promise.all((options.invalidate ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (options.refresh) router.refresh();
    },
  });
  const actionError: ClientActionError | null = mutation.error instanceof ActionFailure ? mutation.error.error : null;
  return { ...mutation, actionError, fieldErrors, resetFieldErrors: () => setFieldErrors({}) };
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  createChannelAction,
  deleteChannelAction,
  disconnectChannelAction,
  reconnectChannelAction,
  updateChannelAction,
} from "@/app/(dashboard)/w/[workspace]/settings/channels/actions";
import { toast } from "@/components/ui/toast";
import type { CreateChannelInput, UpdateChannelInput } from "@/lib/channels/schemas";
import type { ActionError } from "@/lib/errors";

/** An action's failure, carrying its translated message and field errors to the form. */
export class ChannelActionError extends Error {
  constructor(readonly error: ActionError) {
    super(error.message);
  }
}

async function unwrap<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: ActionError }>) {
  const r = await result;
  if (!r.ok) throw new ChannelActionError(r.error);
  return r.data;
}

type SaveInput = ({ mode: "create" } & Omit<CreateChannelInput, "workspaceId">) | ({ mode: "update" } & Omit<UpdateChannelInput, "workspaceId">);

/** Save (create or update) from the form; the page's server data is refreshed afterwards. */
export function useSaveChannel(workspaceId: string, onSaved: () => void) {
  const router = useRouter();
  const t = useTranslations("channels.toasts");
  return useMutation({
    mutationFn: ({ mode, ...input }: SaveInput) =>
      mode === "create"
        ? unwrap(createChannelAction({ workspaceId, ...(input as Omit<CreateChannelInput, "workspaceId">) }))
        : unwrap(updateChannelAction({ workspaceId, ...(input as Omit<UpdateChannelInput, "workspaceId">) })),
    onSuccess: (channel, input) => {
      toast({ title: t(input.mode === "create" ? "created" : "updated", { handle: channel.handle }) });
      onSaved();
      router.refresh();
    },
  });
}

/** Disconnect, reconnect or delete one account. */
export function useChannelCommand(workspaceId: string) {
  const router = useRouter();
  const t = useTranslations("channels.toasts");
  return useMutation({
    mutationFn: async ({ command, channelId }: { command: "disconnect" | "reconnect" | "delete"; channelId: string; handle: string }) => {
      const action = { disconnect: disconnectChannelAction, reconnect: reconnectChannelAction, delete: deleteChannelAction }[command];
      return unwrap(action({ workspaceId, channelId }));
    },
    onSuccess: (_data, { command, handle }) => {
      toast({ title: command === "delete" ? t("deleted") : t(command === "disconnect" ? "disconnected" : "reconnected", { handle }) });
    },
    onError: (error) => toast({ title: error.message, variant: "destructive" }),
    onSettled: () => router.refresh(),
  });
}

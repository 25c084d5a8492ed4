"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { conversationQueries } from "@/lib/conversation/queries";
import { EscalateDialog, SnoozeDialog } from "./dialogs";
import { useQueueMutations } from "./use-queue-mutations";

type Props = {
  workspaceId: string;
  conversation: { id: string; version: number; status: string };
  managers: { id: string; name: string }[];
  disabled: boolean;
};

/**
 * Snooze and Escalate on the conversation page. Also honours the queue's r and / shortcuts, which open the
 * conversation with ?compose=reply|saved: the composer gets focus (with "/" typed for the saved-reply list).
 */
export function ConversationQueueActions({ workspaceId, conversation, managers, disabled }: Props) {
  const t = useTranslations("queue");
  const queryClient = useQueryClient();
  const m = useQueueMutations(workspaceId, () => {});
  const [dialog, setDialog] = useState<"snooze" | "escalate" | null>(null);
  const compose = useSearchParams().get("compose");
  useEffect(() => {
    const box = document.getElementById("reply-body");
    if (!(box instanceof HTMLTextAreaElement) || !compose) return;
    box.focus();
    if (compose === "saved" && !box.value) {
      // Through the native setter and an input event, so React's onChange sees it like typing.
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(box, "/");
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }, [compose]);
  const refreshView = () =>
    queryClient.invalidateQueries({ queryKey: conversationQueries.view(workspaceId, conversation.id).queryKey });
  const base = { conversationId: conversation.id, version: conversation.version };
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        variant="outline"
        size="sm"
        disabled={disabled || conversation.status === "snoozed"}
        onClick={() => setDialog("snooze")}
      >
        {t("snooze.action")}
      </Button>
      <Button variant="outline" size="sm" disabled={disabled} onClick={() => setDialog("escalate")}>
        {t("escalate.action")}
      </Button>
      <SnoozeDialog
        open={dialog === "snooze"}
        onOpenChange={(open) => setDialog(open ? "snooze" : null)}
        pending={m.snooze.isPending}
        onSnooze={(until) =>
          m.snooze.mutate({ ...base, until }, { onSettled: () => (setDialog(null), void refreshView()) })
        }
      />
      <EscalateDialog
        open={dialog === "escalate"}
        onOpenChange={(open) => setDialog(open ? "escalate" : null)}
        managers={managers}
        pending={m.escalate.isPending}
        onEscalate={(target, note) =>
          m.escalate.mutate({ ...base, target, note }, { onSuccess: () => (setDialog(null), void refreshView()) })
        }
      />
    </div>
  );
}

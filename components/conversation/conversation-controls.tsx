"use client";

import { useTranslations } from "next-intl";
import { selectClass } from "@/components/forms/field";
import { Label } from "@/components/ui/label";
import { ConversationQueueActions } from "@/components/inbox/conversation-queue-actions";
import { CATEGORIES, CONVERSATION_STATUSES, PRIORITIES, SENTIMENTS } from "@/db/schema/enum-values";
import type { ConversationPermissions, ViewData } from "./conversation-view";
import type { ConversationMutations } from "./use-conversation-mutations";

type UpdateInput = Parameters<ConversationMutations["update"]["mutate"]>[0];
type Props = {
  conversation: ViewData["conversation"];
  members: { id: string; name: string }[];
  currentUserId: string;
  permissions: ConversationPermissions;
  mutation: ConversationMutations["update"];
  workspaceId: string;
  managers: { id: string; name: string }[];
};

/**
 * Status, priority, category, sentiment and assignee, editable in place. Each change carries the version shown,
 * so a change made on stale data is refused (and the view then shows the new state).
 */
export function ConversationControls(props: Props) {
  const { conversation, members, currentUserId, permissions, mutation, workspaceId, managers } = props;
  const t = useTranslations("conversation.controls");
  const tInbox = useTranslations("inbox");
  const tSentiment = useTranslations("conversation.sentiments");
  const disabled = !permissions.triage || mutation.isPending;
  // The select values come from the same enum tuples the server validates against.
  const change = (changes: Record<string, string | null>) =>
    mutation.mutate({ conversationId: conversation.id, version: conversation.version, ...changes } as UpdateInput);
  // Without conversations.assign a member may only take the conversation or leave it.
  const assignable = permissions.assign
    ? members
    : members.filter((m) => m.id === currentUserId || m.id === conversation.assigneeId);

  const selects = [
    {
      key: "status",
      // Snoozing needs a time: the Snooze button below (the select shows "snoozed" only when it is).
      values: CONVERSATION_STATUSES.filter((v) => v !== "snoozed" || conversation.status === "snoozed"),
      label: (v: string) => tInbox(`statuses.${v}` as never),
      value: conversation.status,
    },
    {
      key: "priority",
      values: PRIORITIES,
      label: (v: string) => tInbox(`priorities.${v}` as never),
      value: conversation.priority,
    },
    {
      key: "category",
      values: CATEGORIES,
      label: (v: string) => tInbox(`categories.${v}` as never),
      value: conversation.category,
    },
    {
      key: "sentiment",
      values: SENTIMENTS,
      label: (v: string) => tSentiment(v as never),
      value: conversation.sentiment,
    },
  ] as const;

  return (
    <section aria-labelledby="controls-heading" className="rounded-lg border p-3">
      <h2 id="controls-heading" className="sr-only">
        {t("heading")}
      </h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {selects.map((s) => (
          <div key={s.key} className="grid gap-1">
            <Label htmlFor={`conversation-${s.key}`}>{t(s.key)}</Label>
            <select
              id={`conversation-${s.key}`}
              className={selectClass}
              value={s.value}
              disabled={disabled}
              onChange={(e) => change({ [s.key]: e.target.value })}
            >
              {s.values.map((v) => (
                <option key={v} value={v}>
                  {s.label(v)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="grid gap-1">
          <Label htmlFor="conversation-assignee">{t("assignee")}</Label>
          <select
            id="conversation-assignee"
            className={selectClass}
            value={conversation.assigneeId ?? ""}
            disabled={disabled}
            onChange={(e) => change({ assigneeId: e.target.value || null })}
          >
            <option value="">{t("unassigned")}</option>
            {assignable.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
            {conversation.assigneeId && !assignable.some((m) => m.id === conversation.assigneeId) ? (
              <option value={conversation.assigneeId}>{conversation.assigneeName}</option>
            ) : null}
          </select>
        </div>
      </div>
      {permissions.triage ? (
        <div className="mt-3">
          <ConversationQueueActions
            workspaceId={workspaceId}
            conversation={conversation}
            managers={managers}
            disabled={disabled}
          />
        </div>
      ) : null}
    </section>
  );
}

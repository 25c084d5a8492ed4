"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, selectClass, textareaClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { SavedReplyRow } from "@/db/queries/saved-replies";
import type { Jsonify } from "@/lib/jsonify";
import { unknownVariables } from "@/lib/conversation/saved-reply-variables";
import { useSavedReplyMutations } from "./use-conversation-mutations";

type Props = {
  workspaceId: string;
  replies: Jsonify<SavedReplyRow>[];
  identities: { id: string; displayName: string }[];
};
type Draft = { savedReplyId?: string; title: string; body: string; identityId: string };
const EMPTY: Draft = { title: "", body: "", identityId: "" };

/** Settings → Saved replies: one form for new and edited replies, the list below it. */
export function SavedRepliesManager({ workspaceId, replies, identities }: Props) {
  const t = useTranslations("conversation.savedReplies");
  const { save, remove } = useSavedReplyMutations(workspaceId);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const errors = save.actionError?.fieldErrors;
  const unknown = unknownVariables(draft.body);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.mutate({ ...draft, identityId: draft.identityId || null }, { onSuccess: () => setDraft(EMPTY) });
  };

  return (
    <div className="grid gap-6">
      <form
        onSubmit={submit}
        className="grid max-w-2xl gap-3 rounded-lg border p-4"
        aria-label={draft.savedReplyId ? t("edit") : t("new")}
      >
        <h2 className="font-semibold">{draft.savedReplyId ? t("edit") : t("new")}</h2>
        <Field id="saved-reply-title" label={t("fieldTitle")} errors={errors?.title}>
          <Input value={draft.title} maxLength={80} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </Field>
        <Field id="saved-reply-identity" label={t("fieldIdentity")} errors={errors?.identityId}>
          <select
            className={selectClass}
            value={draft.identityId}
            onChange={(e) => setDraft({ ...draft, identityId: e.target.value })}
          >
            <option value="">{t("shared")}</option>
            {identities.map((i) => (
              <option key={i.id} value={i.id}>
                {i.displayName}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="saved-reply-body"
          label={t("fieldBody")}
          errors={errors?.body}
          hint={unknown.length ? t("unknownVariables", { names: unknown.join(", ") }) : undefined}
        >
          <textarea
            className={`${textareaClass} min-h-28`}
            value={draft.body}
            onChange={(e) => setDraft({ ...draft, body: e.target.value })}
          />
        </Field>
        <div className="flex gap-2">
          <Button type="submit" disabled={save.isPending}>
            {t("save")}
          </Button>
          {draft.savedReplyId ? (
            <Button type="button" variant="ghost" onClick={() => setDraft(EMPTY)}>
              {t("cancel")}
            </Button>
          ) : null}
        </div>
      </form>
      {replies.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
      <ul className="grid gap-2">
        {replies.map((r) => (
          <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border p-3">
            <div className="min-w-0">
              <p className="font-medium">
                {r.title}{" "}
                <span className="text-xs font-normal text-muted-foreground">· {r.identityName ?? t("shared")}</span>
              </p>
              <p className="whitespace-pre-wrap break-words text-sm text-muted-foreground">{r.body}</p>
            </div>
            <div className="flex gap-2">
              <Button
                size="sm"
                variant="outline"
                aria-label={t("editLabel", { title: r.title })}
                onClick={() =>
                  setDraft({ savedReplyId: r.id, title: r.title, body: r.body, identityId: r.identityId ?? "" })
                }
              >
                {t("edit")}
              </Button>
              <Button
                size="sm"
                variant="outline"
                disabled={remove.isPending}
                aria-label={t("deleteLabel", { title: r.title })}
                onClick={() => remove.mutate({ savedReplyId: r.id })}
              >
                {t("delete")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

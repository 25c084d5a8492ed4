"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  confirmPersonaSuggestionAction,
  dismissPersonaSuggestionAction,
  mergePersonaSuggestionAction,
} from "@/app/(dashboard)/w/[workspace]/settings/import/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field, selectClass } from "@/components/forms/field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { PersonaSuggestionRow } from "@/db/queries/import-personas";

type Persona = { id: string; displayName: string };

/** "^MM" → "MM", "- Becky" → "Becky": the name a confirmed persona starts with (the admin may rename it). */
const nameFrom = (signOff: string) => signOff.replace(/^[-^~*] ?/, "");

export function PersonaSuggestions({
  workspaceId,
  suggestions,
  personas,
}: {
  workspaceId: string;
  suggestions: PersonaSuggestionRow[];
  personas: Persona[];
}) {
  const t = useTranslations("import.suggestions");
  const pending = suggestions.filter((s) => s.status === "pending");
  const decided = suggestions.filter((s) => s.status !== "pending");
  return (
    <section aria-labelledby="persona-suggestions" className="grid gap-3">
      <h2 id="persona-suggestions" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted-foreground">{t("description")}</p>
      {pending.length === 0 ? <p className="text-sm">{t("empty")}</p> : null}
      <ul className="grid gap-3">
        {pending.map((s) => (
          <li key={s.id}>
            <SuggestionCard workspaceId={workspaceId} suggestion={s} personas={personas} />
          </li>
        ))}
      </ul>
      {decided.length ? (
        <ul className="grid gap-1 text-sm">
          {decided.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-2">
              <Badge variant="outline">{t(`status.${s.status as "confirmed" | "merged" | "dismissed"}`)}</Badge>
              <span>
                {t("decided", {
                  signOff: s.signOff,
                  channel: s.channelHandle,
                  replies: s.replies,
                  persona: s.identityName ?? "–",
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function SuggestionCard({
  workspaceId,
  suggestion,
  personas,
}: {
  workspaceId: string;
  suggestion: PersonaSuggestionRow;
  personas: Persona[];
}) {
  const t = useTranslations("import.suggestions");
  const [name, setName] = useState(nameFrom(suggestion.signOff));
  const [signOff, setSignOff] = useState(suggestion.signOff);
  const [mergeInto, setMergeInto] = useState("");
  const options = { refresh: true } as const;
  const confirm = useActionMutation(confirmPersonaSuggestionAction, {
    ...options,
    successMessage: () => t("confirmed", { name }),
  });
  const merge = useActionMutation(mergePersonaSuggestionAction, { ...options, successMessage: () => t("merged") });
  const dismiss = useActionMutation(dismissPersonaSuggestionAction, {
    ...options,
    successMessage: () => t("dismissed"),
  });
  const busy = confirm.isPending || merge.isPending || dismiss.isPending;
  const id = `suggestion-${suggestion.id}`;
  return (
    <div className="grid gap-3 rounded-lg border p-3" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="font-medium">
        {t("found", { signOff: suggestion.signOff, channel: suggestion.channelHandle, replies: suggestion.replies })}
      </p>
      <form
        className="grid gap-2 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          confirm.mutate({ workspaceId, suggestionId: suggestion.id, displayName: name, signOff });
        }}
      >
        <Field id={`${id}-name`} label={t("name")} errors={confirm.fieldErrors.displayName}>
          <Input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
        </Field>
        <Field id={`${id}-signoff`} label={t("signOff")} errors={confirm.fieldErrors.signOff}>
          <Input value={signOff} onChange={(e) => setSignOff(e.target.value)} required maxLength={22} />
        </Field>
        <Button type="submit" disabled={busy}>
          {t("confirm")}
        </Button>
      </form>
      <div className="flex flex-wrap items-end gap-2">
        {personas.length ? (
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (mergeInto) merge.mutate({ workspaceId, suggestionId: suggestion.id, identityId: mergeInto });
            }}
          >
            <Field id={`${id}-merge`} label={t("mergeInto")}>
              <select className={selectClass} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} required>
                <option value="">{t("choosePersona")}</option>
                {personas.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.displayName}
                  </option>
                ))}
              </select>
            </Field>
            <Button type="submit" variant="outline" disabled={busy}>
              {t("merge")}
            </Button>
          </form>
        ) : null}
        <Button
          variant="ghost"
          disabled={busy}
          onClick={() => dismiss.mutate({ workspaceId, suggestionId: suggestion.id })}
        >
          {t("dismiss")}
        </Button>
      </div>
    </div>
  );
}

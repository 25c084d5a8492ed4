"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Field, textareaClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { type ConversationMutations } from "./use-conversation-mutations";

type Member = { id: string; name: string };
type Props = {
  conversationId: string;
  members: Member[];
  currentUserId: string;
  mutation: ConversationMutations["addNote"];
};

// "@" at the start or after a space, then the name typed so far, at the end of the text.
const AT = /(^|\s)@([^\s@]*)$/u;

/** Internal notes, never delivered. Typing "@" suggests members; the picked ones are sent as mention ids. */
export function NoteComposer({ conversationId, members, currentUserId, mutation }: Props) {
  const t = useTranslations("conversation.notes");
  const [body, setBody] = useState("");
  const [picked, setPicked] = useState<Member[]>([]);
  const sending = useRef(false);
  const at = AT.exec(body);
  const suggestions = at
    ? members
        .filter((m) => m.id !== currentUserId && m.name.toLowerCase().includes((at[2] ?? "").toLowerCase()))
        .slice(0, 6)
    : [];
  const error = mutation.actionError?.fieldErrors;

  const mention = (member: Member) => {
    setBody((current) => current.replace(AT, (_m, space: string) => `${space}@${member.name} `));
    setPicked((current) => (current.some((m) => m.id === member.id) ? current : [...current, member]));
  };
  const submit = () => {
    if (sending.current || !body.trim()) return;
    sending.current = true;
    // Only people whose @name is still in the text are notified.
    const mentions = picked.filter((m) => body.includes(`@${m.name}`)).map((m) => m.id);
    mutation.mutate(
      { conversationId, body, mentions },
      {
        onSuccess: () => {
          setBody("");
          setPicked([]);
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  return (
    <section
      aria-labelledby="note-heading"
      className="grid gap-2 rounded-lg border border-dashed border-amber-500/60 p-3"
    >
      <h2 id="note-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <Field id="note-body" label={t("body")} errors={error?.body}>
        <textarea
          className={textareaClass}
          value={body}
          placeholder={t("placeholder")}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      {suggestions.length ? (
        <ul aria-label={t("mentionSuggestions")} className="flex flex-wrap gap-1">
          {suggestions.map((m) => (
            <li key={m.id}>
              <Button
                type="button"
                size="sm"
                variant="secondary"
                aria-label={t("mention", { name: m.name })}
                onClick={() => mention(m)}
              >
                @{m.name}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <Button variant="outline" disabled={!body.trim() || mutation.isPending} onClick={submit}>
          {t("add")}
        </Button>
      </div>
    </section>
  );
}

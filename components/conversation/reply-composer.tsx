"use client";

import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { Field, selectClass, textareaClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { ComposerContext } from "@/db/queries/composer";
import type { Jsonify } from "@/lib/jsonify";
import { replyLength } from "@/lib/conversation/length";
import { useXCounter } from "@/lib/text/use-x-counter";
import { fillSavedReply } from "@/lib/conversation/saved-reply-variables";
import { applySignOff, checkVoice } from "@/lib/identities/voice";
import type { ViewData } from "./conversation-view";
import { SavedReplyPicker } from "./saved-reply-picker";
import { type ConversationMutations } from "./use-conversation-mutations";

type Props = {
  view: ViewData;
  voices: Jsonify<ComposerContext["voices"]>;
  savedReplies: Jsonify<ComposerContext["savedReplies"]>;
  mutation: ConversationMutations["sendReply"];
  /** The version this member's own last in-place change produced: their own edit is no collision. */
  ownVersion?: number;
};

// "/" at the start or after a space, then the filter typed so far, at the end of the text.
const SLASH = /(^|\s)\/([^\s/]*)$/u;

/**
 * "Reply as …": only the voices this member may speak as, preselected by the conversation's routed voice. Shows
 * what will be sent (sign-off applied), counts it as the platform does, and blocks banned terms before the server
 * does. The version it sends is the one the author saw when they started writing, so a reply someone else sent
 * meanwhile turns this send into a conflict instead of a double answer.
 */
export function ReplyComposer({ view, voices, savedReplies, mutation, ownVersion }: Props) {
  const t = useTranslations("conversation.composer");
  const tPlatform = useTranslations("platforms");
  const { conversation } = view;
  const routed = voices.find((v) => v.id === conversation.identityId);
  const [voiceId, setVoiceId] = useState(routed?.id ?? voices[0]?.id ?? "");
  const [body, setBody] = useState("");
  const [seenVersion, setSeenVersion] = useState<number | null>(null);
  const sending = useRef(false);
  const [lastOwn, setLastOwn] = useState(ownVersion);
  if (ownVersion !== lastOwn) {
    setLastOwn(ownVersion);
    if (seenVersion !== null && ownVersion === seenVersion + 1) setSeenVersion(ownVersion);
  }
  const voice = voices.find((v) => v.id === voiceId);

  const finalText = useMemo(
    () => (voice ? applySignOff(body.trim(), voice, conversation.channel) : body),
    [body, voice, conversation.channel],
  );
  const countX = useXCounter(body.length > 0);
  const length = replyLength(finalText, conversation.channel.platform, countX);
  const counts = { length: length.length, limit: length.limit };
  const { banned, avoid } = voice ? checkVoice(finalText, voice.voiceGuide) : { banned: [], avoid: [] };
  const signed = voice?.signOff && body.trim() && finalText !== body.trim();
  const slash = SLASH.exec(body);
  const usable = savedReplies.filter((r) => !r.identityId || r.identityId === voiceId);
  const error = mutation.actionError?.fieldErrors;

  if (!voice) return <p className="rounded-lg border p-3 text-sm text-muted-foreground">{t("noVoice")}</p>;

  const insert = (text: string) => {
    const filled = fillSavedReply(text, {
      "contact.name": conversation.contact.displayName,
      "contact.handle": conversation.contact.handle,
      "identity.name": voice.displayName,
    });
    setBody((current) =>
      SLASH.test(current)
        ? current.replace(SLASH, (_m, space: string) => `${space}${filled}`)
        : `${current}${current && !current.endsWith(" ") ? " " : ""}${filled}`,
    );
  };
  const write = (text: string) => {
    if (!body && text) setSeenVersion(conversation.version);
    setBody(text);
  };
  const send = (resolve: boolean) => {
    // The button is disabled while pending; the ref also stops a second click in the same frame.
    if (sending.current) return;
    sending.current = true;
    mutation.mutate(
      {
        conversationId: conversation.id,
        version: seenVersion ?? conversation.version,
        identityId: voice.id,
        body,
        resolve,
      },
      {
        onSuccess: () => {
          setBody("");
          setSeenVersion(null);
        },
        // After a conflict the view refetches; the next send is made against what is now shown.
        onError: () => setSeenVersion(null),
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };
  const blocked = !body.trim() || banned.length > 0 || length.over || mutation.isPending;

  return (
    <section aria-labelledby="composer-heading" className="grid gap-3 rounded-lg border p-3">
      <h2 id="composer-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <Field id="reply-as" label={t("replyAs")} errors={error?.identityId}>
        <select className={selectClass} value={voiceId} onChange={(e) => setVoiceId(e.target.value)}>
          {voices.map((v) => (
            <option key={v.id} value={v.id}>
              {v.displayName}
            </option>
          ))}
        </select>
      </Field>
      {voice.voiceGuide.tone ? (
        <p className="text-xs text-muted-foreground">{t("voiceGuide", { tone: voice.voiceGuide.tone })}</p>
      ) : null}
      <div className="relative grid gap-1">
        <Field id="reply-body" label={t("body")} errors={error?.body}>
          <textarea
            className={`${textareaClass} min-h-28`}
            value={body}
            placeholder={t("placeholder")}
            onChange={(e) => write(e.target.value)}
          />
        </Field>
        {slash ? <SavedReplyPicker replies={usable} filter={slash[2] ?? ""} onPick={insert} /> : null}
        <div className="flex flex-wrap items-center justify-between gap-2 text-xs">
          <SavedReplyPicker replies={usable} asMenu onPick={insert} />
          <span
            className={length.over ? "font-medium text-destructive" : "text-muted-foreground"}
            aria-label={t("lengthLabel", counts)}
            data-testid="reply-length"
          >
            {t("length", counts)}
          </span>
        </div>
      </div>
      <div aria-live="polite" className="grid gap-1 text-sm">
        {signed ? <p className="text-muted-foreground">{t("signOff", { signOff: voice.signOff ?? "" })}</p> : null}
        {length.over ? (
          <p className="text-destructive">
            {t("over", { platform: tPlatform(conversation.channel.platform), ...counts })}
          </p>
        ) : null}
        {banned.length ? <p className="text-destructive">{t("banned", { terms: banned.join(", ") })}</p> : null}
        {avoid.length ? <p className="text-warning">{t("avoid", { terms: avoid.join(", ") })}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button disabled={blocked} onClick={() => send(false)}>
          {t("send")}
        </Button>
        <Button variant="outline" disabled={blocked} onClick={() => send(true)}>
          {t("sendResolve")}
        </Button>
      </div>
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useImperativeHandle, useState, type Ref } from "react";
import { transitionPostAction } from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import { Field, selectClass } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useActionMutation } from "@/components/common/use-action-mutation";
import type { PostStatus } from "@/db/schema/enum-values";
import { calendarQueries } from "@/lib/calendar/queries";
import type { CalendarContextData } from "../calendar-app";
import { ChannelPicker } from "./channel-picker";
import { DateTimeFields } from "./date-time-fields";
import { MediaFields } from "./media-fields";
import { SaveIndicator } from "./save-indicator";
import { TextFields } from "./text-fields";
import { usePostForm, type PostForm } from "./use-post-form";

type Props = {
  workspaceId: string;
  timeZone: string;
  context: CalendarContextData;
  initial: PostForm;
  existing?: { id: string; version: number; status: PostStatus };
  ref?: Ref<ComposerHandle>;
  onClose: () => void;
};
export type ComposerHandle = { requestClose: () => void };

/** The composer's fields, autosave, "Submit for review", and the unsaved-changes question on close. */
export function ComposerForm({ workspaceId, timeZone, context, initial, existing, ref, onClose }: Props) {
  const t = useTranslations("calendar.composer");
  const form = usePostForm(workspaceId, initial, existing);
  const [asking, setAsking] = useState(false);
  const { form: f, change } = form;
  const voice = context.voices.find((v) => v.id === f.identityId);
  const submit = useActionMutation(
    (input: { postId: string; version: number }) =>
      transitionPostAction({ workspaceId, ...input, action: "submit", comment: "" }),
    { invalidate: [calendarQueries.all(workspaceId)], successMessage: () => t("submitted"), onSuccess: onClose },
  );
  // Autosave's problems and the submission's (no channel, over a limit, banned term) show on the same fields.
  const errors = { ...(form.error?.fieldErrors ?? {}), ...submit.fieldErrors };

  // Escape, the overlay or the × asked to close: ask first when something is unsaved.
  useImperativeHandle(ref, () => ({ requestClose: () => (form.unsaved ? setAsking(true) : onClose()) }), [
    form.unsaved,
    onClose,
  ]);
  useEffect(() => {
    // A close asked for while saving: close once the save went through.
    if (asking && !form.unsaved && form.state === "saved") onClose();
  }, [asking, form.unsaved, form.state, onClose]);

  const sendToReview = async () => {
    if (!(await form.flush()) || !form.post) return;
    submit.mutate({ postId: form.post.id, version: form.post.version });
  };
  const status = form.post?.status ?? "draft";

  return (
    <form className="grid gap-4" onSubmit={(e) => (e.preventDefault(), void sendToReview())} noValidate>
      {asking ? (
        <Alert role="alertdialog" aria-labelledby="unsaved-title">
          <AlertDescription className="grid gap-2">
            <p id="unsaved-title" className="font-medium">
              {t("unsavedQuestion")}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button type="button" size="sm" onClick={async () => (await form.flush()) && onClose()}>
                {t("saveAndClose")}
              </Button>
              <Button type="button" size="sm" variant="destructive" onClick={onClose}>
                {t("discard")}
              </Button>
              <Button type="button" size="sm" variant="ghost" onClick={() => setAsking(false)} autoFocus>
                {t("keepEditing")}
              </Button>
            </div>
          </AlertDescription>
        </Alert>
      ) : null}
      {status !== "draft" ? (
        <p className="text-sm text-muted-foreground">
          {t(`statusNote.${status === "in_review" ? "in_review" : "other"}`)}
        </p>
      ) : null}
      <Field id="post-identity" label={t("identity")} errors={errors.identityId}>
        <select
          className={selectClass}
          value={f.identityId}
          onChange={(e) => change({ identityId: e.target.value, channelIds: [], variants: {} })}
        >
          {context.voices.map((v) => (
            <option key={v.id} value={v.id}>
              {v.displayName}
            </option>
          ))}
        </select>
      </Field>
      {voice?.voiceGuide.tone ? (
        <p className="text-xs text-muted-foreground">{t("voiceGuide", { tone: voice.voiceGuide.tone })}</p>
      ) : null}
      <ChannelPicker
        channels={context.channels}
        identityId={f.identityId}
        selected={f.channelIds}
        onChange={(channelIds) => change({ channelIds })}
        errors={errors.channelIds}
      />
      {voice ? (
        <TextFields
          identity={voice}
          channels={context.channels}
          channelIds={f.channelIds}
          body={f.body}
          variants={f.variants}
          onChange={change}
          errors={errors}
        />
      ) : null}
      <MediaFields media={f.media} onChange={(media) => change({ media })} errors={errors} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="post-campaign" label={t("campaign")} errors={errors.campaign}>
          <Input list="post-campaigns" value={f.campaign} onChange={(e) => change({ campaign: e.target.value })} />
        </Field>
        <datalist id="post-campaigns">
          {context.campaigns.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field id="post-tags" label={t("tags")} hint={t("tagsHint")} errors={errors.tags}>
          <Input
            defaultValue={f.tags.join(", ")}
            onChange={(e) =>
              change({
                tags: e.target.value
                  .split(",")
                  .map((s) => s.trim())
                  .filter(Boolean),
              })
            }
          />
        </Field>
      </div>
      <DateTimeFields
        date={f.date}
        time={f.time}
        timeZone={timeZone}
        onChange={change}
        dateErrors={errors.date}
        timeErrors={errors.time}
      />
      {errors.version ? (
        <p className="text-sm text-destructive" role="alert">
          {errors.version.join(" ")}
        </p>
      ) : null}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-2 border-t bg-background pt-3">
        <SaveIndicator state={form.state} ready={form.ready} error={form.error} />
        <Button
          type="button"
          variant="ghost"
          className="ml-auto"
          onClick={() => (form.unsaved ? setAsking(true) : onClose())}
        >
          {t("close")}
        </Button>
        {status === "draft" || status === "failed" ? (
          <Button type="submit" disabled={submit.isPending || form.state === "saving" || !form.ready}>
            {t("submit")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

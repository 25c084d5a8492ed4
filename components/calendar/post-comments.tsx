"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { addPostCommentAction } from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field, textareaClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { calendarQueries, type CalendarPostDetail } from "@/lib/calendar/queries";

type Props = { workspaceId: string; post: CalendarPostDetail; timeZone: string; canComment: boolean };

/** Internal comments on a post: the team's discussion, never published. */
export function PostComments({ workspaceId, post, timeZone, canComment }: Props) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const [body, setBody] = useState("");
  const mutation = useActionMutation(
    (input: { body: string }) => addPostCommentAction({ workspaceId, postId: post.id, ...input }),
    { invalidate: [calendarQueries.all(workspaceId)], onSuccess: () => setBody(""), errorToast: false },
  );
  return (
    <section aria-labelledby="post-comments" className="grid gap-2">
      <h3 id="post-comments" className="text-sm font-semibold">
        {t("comments")}
      </h3>
      {post.comments.length === 0 ? <p className="text-sm text-muted-foreground">{t("noComments")}</p> : null}
      <ul className="grid gap-1.5 text-sm">
        {post.comments.map((c) => (
          <li key={c.id} className="rounded-md bg-muted p-2">
            <span className="font-medium">{c.authorName ?? t("someone")}</span>{" "}
            <time dateTime={c.createdAt} className="text-xs text-muted-foreground">
              {format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone })}
            </time>
            <p className="whitespace-pre-wrap break-words">{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment ? (
        <form
          className="grid gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            mutation.mutate({ body });
          }}
        >
          <Field id="post-comment" label={t("addComment")} errors={mutation.fieldErrors.body}>
            <textarea className={textareaClass} value={body} onChange={(e) => setBody(e.target.value)} />
          </Field>
          <Button
            type="submit"
            size="sm"
            variant="outline"
            className="justify-self-start"
            disabled={mutation.isPending}
          >
            {t("sendComment")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

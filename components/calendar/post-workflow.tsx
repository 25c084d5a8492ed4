"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { transitionPostAction } from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field, textareaClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { calendarQueries, type CalendarPostDetail } from "@/lib/calendar/queries";
import type { PostAction } from "@/lib/calendar/workflow";

type Props = { workspaceId: string; post: CalendarPostDetail; actions: PostAction[] };

/**
 * The workflow buttons this member may use on this post now (lib/calendar/workflow.ts). Rejecting asks for the
 * comment the author will read; the server refuses a rejection without one.
 */
export function PostWorkflow({ workspaceId, post, actions }: Props) {
  const t = useTranslations("calendar");
  const [comment, setComment] = useState("");
  const [rejecting, setRejecting] = useState(false);
  const mutation = useActionMutation(
    (input: { action: PostAction; comment: string }) =>
      transitionPostAction({ workspaceId, postId: post.id, version: post.version, ...input }),
    {
      invalidate: [calendarQueries.all(workspaceId)],
      successMessage: (_d, input) => t(`done.${input.action}`),
      errorMessage: (error) => (error.code === "conflict" ? t("errors.stale") : undefined),
      fieldErrorsInToast: true,
      onSuccess: () => {
        setRejecting(false);
        setComment("");
      },
    },
  );
  if (actions.length === 0) return null;
  const run = (action: PostAction) => mutation.mutate({ action, comment: action === "reject" ? comment : "" });
  return (
    <div className="grid gap-2 border-t pt-3">
      {rejecting ? (
        <Field id="reject-comment" label={t("rejectComment")} errors={mutation.fieldErrors.comment}>
          <textarea className={textareaClass} value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
      ) : null}
      {mutation.fieldErrors.action ? (
        <p className="text-sm text-destructive">{mutation.fieldErrors.action.join(" ")}</p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {actions.map((action) =>
          action === "reject" ? (
            <Button
              key={action}
              variant="outline"
              disabled={mutation.isPending}
              onClick={() => (rejecting ? run("reject") : setRejecting(true))}
            >
              {rejecting ? t("actions.rejectSend") : t("actions.reject")}
            </Button>
          ) : (
            <Button
              key={action}
              variant={action === "cancel" || action === "unschedule" ? "outline" : "default"}
              disabled={mutation.isPending}
              onClick={() => run(action)}
            >
              {t(`actions.${action}`)}
            </Button>
          ),
        )}
      </div>
    </div>
  );
}

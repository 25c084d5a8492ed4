"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { savePostAction } from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import { ActionFailure, runAction, type ClientActionError } from "@/components/common/use-action-mutation";
import type { PostStatus } from "@/db/schema/enum-values";
import { calendarQueries, type CalendarPostDetail } from "@/lib/calendar/queries";
import { zonedParts } from "@/lib/calendar/zoned";

export type PostForm = {
  identityId: string;
  channelIds: string[];
  body: string;
  variants: Record<string, string>;
  media: { url: string; alt: string }[];
  campaign: string;
  tags: string[];
  date: string;
  time: string;
};
export type SaveState = "idle" | "dirty" | "saving" | "saved" | "error";

const AUTOSAVE_MS = 1200;

export function formFromPost(post: CalendarPostDetail, timeZone: string): PostForm {
  const when = post.scheduledAt ? zonedParts(new Date(post.scheduledAt), timeZone) : { date: "", time: "" };
  return {
    identityId: post.identityId,
    channelIds: post.targets.map((t) => t.channelId),
    body: post.body,
    variants: Object.fromEntries(post.targets.filter((t) => t.variant).map((t) => [t.channelId, t.variant!])),
    media: post.media.map((m) => ({ url: m.url, alt: m.alt })),
    campaign: post.campaign ?? "",
    tags: post.tags,
    ...when,
  };
}

/**
 * The composer's state and its autosave: every change marks the form dirty, a pause of 1.2 s saves it (creating
 * the draft on the first save), and the state says "Saving…", "Saved" or what is wrong. Saves run one at a time
 * with the version the previous one returned; an edit made while a save runs is saved right after.
 */
export function usePostForm(
  workspaceId: string,
  initial: PostForm,
  existing?: { id: string; version: number; status: PostStatus },
) {
  const t = useTranslations("actions");
  const queryClient = useQueryClient();
  const [form, setForm] = useState(initial);
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<ClientActionError | null>(null);
  const [post, setPost] = useState(existing);
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const running = useRef<Promise<boolean> | null>(null);
  const latest = useRef({ form, post });
  useEffect(() => {
    latest.current = { form, post };
  }, [form, post]);

  const change = useCallback((patch: Partial<PostForm>) => {
    revision.current += 1;
    setForm((f) => ({ ...f, ...patch }));
    setState("dirty");
  }, []);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const { form: f, post: p } = latest.current;
    const at = revision.current;
    // A media row not started yet is not sent; the server's row numbers are mapped back to the form's.
    const rows = f.media.flatMap((m, i) => (m.url.trim() || m.alt.trim() ? [i] : []));
    setState("saving");
    try {
      const saved = await runAction(
        savePostAction,
        {
          workspaceId,
          ...(p ? { postId: p.id, version: p.version } : {}),
          ...f,
          media: rows.map((i) => f.media[i]!),
          variants: f.channelIds
            .filter((id) => f.variants[id]?.trim())
            .map((channelId) => ({ channelId, body: f.variants[channelId]! })),
        },
        { offline: t("offline"), network: t("network") },
      );
      latest.current.post = saved;
      setPost(saved);
      setError(null);
      savedRevision.current = Math.max(savedRevision.current, at);
      setState(revision.current === at ? "saved" : "dirty");
      void queryClient.invalidateQueries({ queryKey: calendarQueries.all(workspaceId) });
      return true;
    } catch (failure) {
      const error =
        failure instanceof ActionFailure ? failure.error : { code: "network" as const, message: t("network") };
      const fieldErrors = error.fieldErrors
        ? Object.fromEntries(
            Object.entries(error.fieldErrors).map(([key, messages]) => [
              key.replace(/^media\.(\d+)/, (_m, j: string) => `media.${rows[Number(j)] ?? j}`),
              messages,
            ]),
          )
        : undefined;
      setError({ ...error, fieldErrors });
      setState("error");
      return false;
    }
  }, [workspaceId, queryClient, t]);

  /** Saves now if anything is unsaved; resolves to whether everything is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    while (running.current) await running.current;
    if (savedRevision.current === revision.current && latest.current.post) return true;
    running.current = saveOnce();
    try {
      return await running.current;
    } finally {
      running.current = null;
    }
  }, [saveOnce]);

  const ready = Boolean(form.identityId) && (form.body.trim() !== "" || form.channelIds.length > 0);
  useEffect(() => {
    if (state !== "dirty" || !ready) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [form, state, ready, flush]);

  const unsaved = state === "dirty" || state === "saving" || state === "error";
  return { form, change, state, error, post, flush, unsaved, ready };
}

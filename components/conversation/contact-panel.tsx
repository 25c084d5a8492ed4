"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { CONTACT_LABELS } from "@/lib/conversation/contact-labels";
import type { ViewData } from "./conversation-view";
import type { ConversationMutations } from "./use-conversation-mutations";

type Props = {
  view: ViewData;
  slug: string;
  timeZone: string;
  canTag: boolean;
  mutation: ConversationMutations["setLabels"];
};

/** Who wrote: handle, platform, first seen, tags (editable), earlier conversations and their categories. */
export function ContactPanel({ view, slug, timeZone, canTag, mutation }: Props) {
  const t = useTranslations("conversation.contact");
  const tInbox = useTranslations("inbox");
  const tPlatform = useTranslations("platforms");
  const format = useFormatter();
  const { contact } = view.conversation;
  const labels = new Set(contact.labels);
  const toggle = (label: (typeof CONTACT_LABELS)[number], on: boolean) => {
    const next = CONTACT_LABELS.filter((l) => (l === label ? on : labels.has(l)));
    mutation.mutate({ contactId: contact.id, labels: next });
  };
  const categories = [view.conversation.category, ...view.earlier.items.map((c) => c.category)];

  return (
    <aside aria-labelledby="contact-heading" className="grid content-start gap-3 rounded-lg border p-3 text-sm">
      <h2 id="contact-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <div>
        <p className="font-medium">{contact.displayName}</p>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-muted-foreground">
          <dt>{t("handle")}</dt>
          <dd className="break-all">{contact.handle}</dd>
          <dt>{t("platform")}</dt>
          <dd>{tPlatform(contact.platform)}</dd>
          <dt>{t("firstSeen")}</dt>
          <dd>{format.dateTime(new Date(contact.firstSeenAt), { dateStyle: "medium", timeZone })}</dd>
        </dl>
      </div>
      <fieldset className="grid gap-1">
        <legend className="mb-1 font-medium">{t("tags")}</legend>
        <div className="flex flex-wrap gap-3">
          {CONTACT_LABELS.map((label) => (
            <label key={label} className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={labels.has(label)}
                disabled={!canTag || mutation.isPending}
                onChange={(e) => toggle(label, e.target.checked)}
              />
              {t(`labels.${label}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-1">
        <p className="font-medium">{t("categoryHistory")}</p>
        <div className="flex flex-wrap gap-1">
          {categories.map((c, i) => (
            <Badge key={i} variant="outline">
              {tInbox(`categories.${c}`)}
            </Badge>
          ))}
        </div>
      </div>
      <div className="grid gap-1">
        <p className="font-medium">{t("earlier", { count: view.earlier.count })}</p>
        <ul className="grid gap-1">
          {view.earlier.items.map((c) => (
            <li key={c.id}>
              <Link className="line-clamp-2 underline-offset-2 hover:underline" href={`/w/${slug}/inbox/${c.id}`}>
                {format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeZone })} ·{" "}
                {tInbox(`statuses.${c.status}`)} · {c.preview}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}

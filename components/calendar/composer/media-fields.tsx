"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";

type Media = { url: string; alt: string };
type Props = { media: Media[]; onChange: (media: Media[]) => void; errors: FieldErrors };
const MAX = 4;

/** Images by URL, each with its required alt text (people using screen readers read the post too). */
export function MediaFields({ media, onChange, errors }: Props) {
  const t = useTranslations("calendar.composer");
  const set = (i: number, patch: Partial<Media>) => onChange(media.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-sm font-medium">{t("media")}</legend>
      {media.map((m, i) => (
        <div key={i} className="grid gap-2 rounded-md border p-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <Field id={`media-${i}-url`} label={t("mediaUrl", { n: i + 1 })} errors={errors[`media.${i}.url`]}>
            <Input type="url" inputMode="url" value={m.url} onChange={(e) => set(i, { url: e.target.value })} />
          </Field>
          <Field id={`media-${i}-alt`} label={t("mediaAlt", { n: i + 1 })} errors={errors[`media.${i}.alt`]}>
            <Input value={m.alt} onChange={(e) => set(i, { alt: e.target.value })} />
          </Field>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            aria-label={t("removeMedia", { n: i + 1 })}
            onClick={() => onChange(media.filter((_, j) => j !== i))}
          >
            <Trash2 aria-hidden />
          </Button>
        </div>
      ))}
      {media.length < MAX ? (
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="justify-self-start"
          onClick={() => onChange([...media, { url: "", alt: "" }])}
        >
          {t("addMedia")}
        </Button>
      ) : null}
    </fieldset>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateProfileAction } from "@/app/(dashboard)/w/[workspace]/profile/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field } from "@/components/forms/field";
import { LocaleSelect } from "@/components/forms/locale-select";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { Locale } from "@/lib/i18n/config";
import { isHttpsUrl } from "@/lib/members/https-url";

export function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}

type Props = { profile: { name: string; avatarUrl: string | null; locale: Locale } };

/** Name, avatar address and language; a language change applies at once, like the language switch. */
export function ProfileForm({ profile }: Props) {
  const t = useTranslations("profile");
  const [name, setName] = useState(profile.name);
  const [avatarUrl, setAvatarUrl] = useState(profile.avatarUrl ?? "");
  const [locale, setLocale] = useState<Locale>(profile.locale);
  // The name and the language show in the server-rendered shell: refresh it after saving.
  const save = useActionMutation(() => updateProfileAction({ name, avatarUrl, locale }), {
    refresh: true,
    errorToast: false,
    successMessage: () => t("saved"),
  });
  const error = save.actionError;
  const fe = save.fieldErrors;
  const preview = isHttpsUrl(avatarUrl) ? avatarUrl : undefined;

  return (
    <form
      className="grid max-w-xl gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(undefined);
      }}
    >
      {error && !error.fieldErrors ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error.message}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex items-center gap-3">
        <Avatar className="size-14">
          {preview ? <AvatarImage src={preview} alt="" /> : null}
          <AvatarFallback className="text-base">{initials(name)}</AvatarFallback>
        </Avatar>
      </div>
      {/* No maxLength on the name: the browser would cut a pasted name silently; the server says what is wrong. */}
      <Field id="profile-name" label={t("name")} errors={fe.name}>
        <Input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" />
      </Field>
      <Field id="profile-avatar" label={t("avatarUrl")} hint={t("avatarHint")} errors={fe.avatarUrl}>
        <Input
          type="url"
          inputMode="url"
          value={avatarUrl}
          onChange={(e) => setAvatarUrl(e.target.value)}
          placeholder="https://"
        />
      </Field>
      <Field id="profile-locale" label={t("language")} errors={fe.locale}>
        <LocaleSelect value={locale} onChange={(e) => setLocale(e.target.value as Locale)} />
      </Field>
      <Button type="submit" className="justify-self-start" disabled={save.isPending}>
        {save.isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateProfileAction } from "@/app/(dashboard)/w/[workspace]/profile/actions";
import { describedBy, FieldError } from "@/components/forms/field";
import { LocaleSelect } from "@/components/forms/locale-select";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import type { ActionError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { isHttpsUrl } from "@/lib/team/schemas";

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
  const router = useRouter();
  const [name, setName] = useState(profile.name);
  const [avatarUrl, setAvatarUrl] = useState(profile.avatarUrl ?? "");
  const [locale, setLocale] = useState<Locale>(profile.locale);
  const [error, setError] = useState<ActionError | null>(null);
  const save = useMutation({
    mutationFn: () => updateProfileAction({ name, avatarUrl, locale }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      setError(null);
      toast({ title: t("saved") });
      router.refresh();
    },
    onError: (e) => setError({ code: "bad_request", message: e.message }),
  });
  const fe = error?.fieldErrors ?? {};
  const preview = isHttpsUrl(avatarUrl) ? avatarUrl : undefined;

  return (
    <form
      className="grid max-w-xl gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
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
      <div className="grid gap-2">
        <Label htmlFor="profile-name">{t("name")}</Label>
        <Input id="profile-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} autoComplete="name" {...describedBy("profile-name", { error: fe.name })} />
        <FieldError id="profile-name-error" messages={fe.name} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="profile-avatar">{t("avatarUrl")}</Label>
        <Input
          id="profile-avatar"
          type="url"
          inputMode="url"
          value={avatarUrl}
          onChange={(e) => setAvatarUrl(e.target.value)}
          maxLength={2000}
          placeholder="https://"
          {...describedBy("profile-avatar", { error: fe.avatarUrl, hint: true })}
        />
        <p id="profile-avatar-hint" className="text-sm text-muted-foreground">
          {t("avatarHint")}
        </p>
        <FieldError id="profile-avatar-error" messages={fe.avatarUrl} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="profile-locale">{t("language")}</Label>
        <LocaleSelect
          id="profile-locale"
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
        />
      </div>
      <Button type="submit" className="justify-self-start" disabled={save.isPending}>
        {save.isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

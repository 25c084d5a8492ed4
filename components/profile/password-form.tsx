"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { changePasswordAction } from "@/app/(dashboard)/w/[workspace]/profile/actions";
import { describedBy, FieldError } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import type { ActionError } from "@/lib/errors";
import { MIN_PASSWORD_LENGTH } from "@/lib/team/schemas";

const FIELDS = [
  { name: "currentPassword", label: "current", autoComplete: "current-password" },
  { name: "newPassword", label: "new", autoComplete: "new-password" },
  { name: "confirmPassword", label: "confirm", autoComplete: "new-password" },
] as const;

/**
 * Current password, new password twice (the profile page). The fields are cleared after every answer; nothing
 * is echoed back.
 */
export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("profile.password");
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const change = useMutation({
    mutationFn: (input: Record<(typeof FIELDS)[number]["name"], string>) => changePasswordAction(input),
    onSuccess: (result) => {
      formRef.current?.reset();
      if (!result.ok) return setError(result.error);
      setError(null);
      // The password changed but this browser could not be signed in again: the old session has ended.
      if (!result.data.signedIn) return setSignedOut(true);
      toast({ title: t("changed") });
    },
    onError: (e) => setError({ code: "bad_request", message: e.message }),
  });
  const fe = error?.fieldErrors ?? {};

  if (signedOut) {
    return (
      <Alert role="status">
        <AlertDescription className="grid gap-3">
          <p>{t("signInAgain")}</p>
          <Button asChild className="justify-self-start">
            <Link href="/login">{t("signIn")}</Link>
          </Button>
        </AlertDescription>
      </Alert>
    );
  }

  return (
    <form
      ref={formRef}
      className="grid max-w-xl gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const value = (name: string) => String(form.get(name) ?? "");
        change.mutate({ currentPassword: value("currentPassword"), newPassword: value("newPassword"), confirmPassword: value("confirmPassword") });
      }}
    >
      {/* Lets password managers attach the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {error && !error.fieldErrors ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error.message}</AlertDescription>
        </Alert>
      ) : null}
      <p id="pw-newPassword-hint" className="text-sm text-muted-foreground">
        {t("hint", { min: MIN_PASSWORD_LENGTH })}
      </p>
      {FIELDS.map((field) => (
        <div key={field.name} className="grid gap-2">
          <Label htmlFor={`pw-${field.name}`}>{t(field.label)}</Label>
          <Input
            id={`pw-${field.name}`}
            name={field.name}
            type="password"
            required
            maxLength={200}
            autoComplete={field.autoComplete}
            {...describedBy(`pw-${field.name}`, { error: fe[field.name], hint: field.name === "newPassword" })}
          />
          <FieldError id={`pw-${field.name}-error`} messages={fe[field.name]} />
        </div>
      ))}
      <Button type="submit" className="justify-self-start" disabled={change.isPending}>
        {change.isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { changePasswordAction } from "@/app/(dashboard)/w/[workspace]/profile/actions";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { Field } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast-store";
import { MIN_PASSWORD_LENGTH } from "@/lib/members/password";

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
  const [signedOut, setSignedOut] = useState(false);
  const change = useActionMutation(
    (input: Record<(typeof FIELDS)[number]["name"], string>) => changePasswordAction(input),
    {
      errorToast: false,
      onSuccess: (data) => {
        // The password changed but this browser could not be signed in again: the old session has ended.
        if (!data.signedIn) return setSignedOut(true);
        toast({ title: t("changed") });
      },
    },
  );
  const error = change.actionError;
  const fe = change.fieldErrors;

  if (signedOut) return <SignInPrompt message={t("signInAgain")} action={t("signIn")} />;

  return (
    <form
      ref={formRef}
      className="grid max-w-xl gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const value = (name: string) => String(form.get(name) ?? "");
        // The fields are cleared after every answer: nothing typed stays on the page.
        change.mutate(
          {
            currentPassword: value("currentPassword"),
            newPassword: value("newPassword"),
            confirmPassword: value("confirmPassword"),
          },
          { onSettled: () => formRef.current?.reset() },
        );
      }}
    >
      {/* Lets password managers attach the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {error && !error.fieldErrors ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error.message}</AlertDescription>
        </Alert>
      ) : null}
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          id={`pw-${field.name}`}
          label={t(field.label)}
          hint={field.name === "newPassword" ? t("hint", { min: MIN_PASSWORD_LENGTH }) : undefined}
          errors={fe[field.name]}
        >
          <Input name={field.name} type="password" required maxLength={200} autoComplete={field.autoComplete} />
        </Field>
      ))}
      <Button type="submit" className="justify-self-start" disabled={change.isPending}>
        {change.isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { acceptInvitationWithTokenAction } from "@/app/(auth)/invite/[token]/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { Field } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { MIN_PASSWORD_LENGTH } from "@/lib/members/password";

/** Name and password for someone new who opened an invitation link; on success the workspace opens. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invitations.link");
  const formRef = useRef<HTMLFormElement>(null);
  const [signedOut, setSignedOut] = useState(false);
  const accept = useActionMutation(
    (input: { name: string; password: string; confirmPassword: string }) =>
      acceptInvitationWithTokenAction({ ...input, token }),
    {
      // The form shows the refusal itself, next to the fields.
      errorToast: false,
      onSuccess: (data) => {
        if (!data.signedIn) return setSignedOut(true);
        // A full load, so the new session cookie and the workspace shell come from the server.
        window.location.assign(new URL(`/w/${data.slug}`, window.location.origin));
      },
      // Nothing typed stays on the page after a refusal; offline or unreachable, it stays for another try.
      onError: (error) => {
        if (error.code === "offline" || error.code === "network") return;
        formRef.current
          ?.querySelectorAll<HTMLInputElement>("input[type=password]")
          .forEach((input) => (input.value = ""));
      },
    },
  );
  const error = accept.actionError;
  const fe = accept.fieldErrors;

  if (signedOut) return <SignInPrompt message={t("signInAgain")} action={t("signIn")} />;

  return (
    <form
      ref={formRef}
      className="grid gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const value = (name: string) => String(form.get(name) ?? "");
        accept.mutate({ name: value("name"), password: value("password"), confirmPassword: value("confirmPassword") });
      }}
    >
      {/* Lets password managers attach the new password to the invited email. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {error && !error.fieldErrors ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error.message}</AlertDescription>
        </Alert>
      ) : null}
      <Field id="invite-name" label={t("name")} errors={fe.name}>
        <Input name="name" required maxLength={120} autoComplete="name" />
      </Field>
      <Field
        id="invite-password"
        label={t("password")}
        hint={t("hint", { min: MIN_PASSWORD_LENGTH })}
        errors={fe.password}
      >
        <Input name="password" type="password" required maxLength={200} autoComplete="new-password" />
      </Field>
      <Field id="invite-confirm" label={t("confirm")} errors={fe.confirmPassword}>
        <Input name="confirmPassword" type="password" required maxLength={200} autoComplete="new-password" />
      </Field>
      <Button type="submit" className="justify-self-start" disabled={accept.isPending}>
        {accept.isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

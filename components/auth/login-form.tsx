"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { loginAction, type LoginState } from "@/app/(auth)/login/actions";
import { Field } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/**
 * Email and password; for an account with two-factor sign-in a second step asks for the code. The password stays
 * in this form's state during that step (controlled inputs survive the action's form reset) and is sent again with
 * the code — the server never echoes it back; a refused password is cleared.
 */
export function LoginForm() {
  const t = useTranslations("login");
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, { email: "" });
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [restarted, setRestarted] = useState<LoginState | null>(null);
  const [answered, setAnswered] = useState(state);
  // A refused password is not kept (only the email is); during the code step it is, to go with the code.
  if (answered !== state) {
    setAnswered(state);
    if (state.step !== "code") setPassword("");
  }
  const askCode = state.step === "code" && restarted !== state;

  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {state.error && restarted !== state ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{state.error}</AlertDescription>
        </Alert>
      ) : null}
      {askCode ? (
        <>
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="password" value={password} />
          <Field id="code" label={t("code")} hint={t("codeHint")}>
            <Input name="code" autoComplete="one-time-code" required maxLength={32} autoFocus spellCheck={false} />
          </Field>
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? t("verifying") : t("verify")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setRestarted(state)}>
            {t("back")}
          </Button>
        </>
      ) : (
        <>
          <Field id="email" label={t("email")} errors={state.fieldErrors?.email}>
            <Input
              name="email"
              type="email"
              autoComplete="username"
              required
              maxLength={254}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              autoFocus
            />
          </Field>
          <Field id="password" label={t("password")} errors={state.fieldErrors?.password}>
            <Input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={200}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </Field>
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? t("submitting") : t("submit")}
          </Button>
        </>
      )}
    </form>
  );
}

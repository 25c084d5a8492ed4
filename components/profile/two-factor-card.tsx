"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  beginTwoFactorSetupAction,
  confirmTwoFactorAction,
} from "@/app/(dashboard)/w/[workspace]/profile/two-factor-actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { RecoveryCodes } from "./recovery-codes";
import { TwoFactorPasswordAction } from "./two-factor-password-action";

type Status = { enabled: boolean; enabledAt: string | null; recoveryCodesLeft: number };

/**
 * Two-factor sign-in on the profile: turn on (scan the QR code or type the key, confirm with a first code, keep
 * the recovery codes), see how many recovery codes are left, replace them, turn off (both need the password).
 */
export function TwoFactorCard({ status, required }: { status: Status; required: boolean }) {
  const t = useTranslations("twoFactor");
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const begin = useActionMutation(() => beginTwoFactorSetupAction({}), { onSuccess: setSetup });
  const confirm = useActionMutation((code: string) => confirmTwoFactorAction({ code }), {
    errorToast: false,
    refresh: true,
    onSuccess: (data) => {
      setSetup(null);
      setCodes(data.recoveryCodes);
    },
  });

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;

  if (setup) {
    return (
      <div className="grid max-w-xl gap-4">
        <p className="text-sm">{t("scan")}</p>
        {/* The QR code is made on the server from our own otpauth URI; an <img> keeps it out of the DOM as markup,
            and next/image has nothing to optimise in a data URL. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`}
          alt={t("qrAlt")}
          width={180}
          height={180}
          className="rounded border bg-white p-2"
        />
        <p className="text-sm">
          {t("orType")} <code className="break-all rounded bg-muted px-1 py-0.5 font-mono text-sm">{setup.secret}</code>
        </p>
        <form
          className="grid gap-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            confirm.mutate(String(new FormData(e.currentTarget).get("code") ?? ""));
          }}
        >
          {confirm.actionError && !confirm.fieldErrors ? (
            <Alert variant="destructive" role="alert">
              <AlertDescription>{confirm.actionError.message}</AlertDescription>
            </Alert>
          ) : null}
          <Field id="two-factor-code" label={t("code")} hint={t("codeHint")} errors={confirm.fieldErrors?.code}>
            <Input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} autoFocus required />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={confirm.isPending}>
              {confirm.isPending ? t("confirming") : t("confirm")}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setSetup(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="grid max-w-xl gap-4">
      {required && !status.enabled ? (
        <Alert role="status">
          <AlertDescription>{t("requiredNotice")}</AlertDescription>
        </Alert>
      ) : null}
      <p className="text-sm" data-testid="two-factor-status">
        {status.enabled ? t("on", { left: status.recoveryCodesLeft }) : t("off")}
      </p>
      {status.enabled ? (
        <div className="flex flex-wrap gap-2">
          <TwoFactorPasswordAction kind="regenerate" onCodes={setCodes} />
          <TwoFactorPasswordAction kind="disable" />
        </div>
      ) : (
        <Button className="justify-self-start" onClick={() => begin.mutate(undefined)} disabled={begin.isPending}>
          {t("turnOn")}
        </Button>
      )}
    </div>
  );
}

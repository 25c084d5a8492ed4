"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { setRequireTwoFactorAction } from "@/app/(dashboard)/w/[workspace]/settings/two-factor-actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field } from "@/components/forms/field";

/** Admins require two-factor sign-in for every member of the workspace (a checkbox that saves at once). */
export function TwoFactorPolicy({ workspaceId, required }: { workspaceId: string; required: boolean }) {
  const t = useTranslations("twoFactor");
  const [checked, setChecked] = useState(required);
  const save = useActionMutation((value: boolean) => setRequireTwoFactorAction({ workspaceId, required: value }), {
    errorToast: false,
    refresh: true,
    successMessage: (data) => t(data.required ? "policyRequired" : "policyOptional"),
    onSuccess: (data) => setChecked(data.required),
    // Shown at once, taken back when refused (e.g. the admin has not turned it on for themselves).
    onError: (_error, value) => setChecked(!value),
  });
  return (
    <Field
      id="require-two-factor"
      label={t("policyLabel")}
      errors={save.fieldErrors?.required}
      className="grid gap-1.5"
    >
      {(control) => (
        <input
          {...control}
          type="checkbox"
          className="size-4 accent-primary"
          checked={checked}
          disabled={save.isPending}
          onChange={(e) => {
            setChecked(e.target.checked);
            save.mutate(e.target.checked);
          }}
        />
      )}
    </Field>
  );
}

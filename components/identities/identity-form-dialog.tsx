"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { createPersonaAction, updateIdentityAction } from "@/app/(dashboard)/w/[workspace]/identities/actions";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { VoiceGuide } from "@/db/schema/identities";
import { LANGUAGES, LIMITS } from "@/lib/identities/limits";
import type { IdentityFields } from "@/lib/identities/schemas";
import { Field, FieldError, textareaClass } from "@/components/forms/field";
import type { ActionResult } from "@/lib/errors";
import { useActionMutation } from "@/components/common/use-action-mutation";

export type EditableIdentity = {
  id: string;
  kind: "brand" | "persona";
  version: number;
  displayName: string;
  handle: string | null;
  bio: string;
  languages: string[];
  voiceGuide: VoiceGuide;
  signOff: string | null;
  disclosure: string | null;
};

const splitTerms = (value: FormDataEntryValue | null) => String(value ?? "").split(/[\n,]/);

function readForm(form: HTMLFormElement): IdentityFields {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    displayName: text("displayName"),
    handle: text("handle"),
    bio: text("bio"),
    languages: data.getAll("languages").map(String) as IdentityFields["languages"],
    voiceGuide: {
      tone: text("tone"),
      use: splitTerms(data.get("use")),
      avoid: splitTerms(data.get("avoid")),
      banned: splitTerms(data.get("banned")),
    },
    signOff: text("signOff"),
    disclosure: text("disclosure"),
  };
}

/** Create a persona, or edit the brand or a persona (the brand has no sign-off: it never signs). */
export type IdentityFormProps = {
  workspaceId: string;
  identity?: EditableIdentity;
  team?: { userId: string; name: string }[];
};
type Props = IdentityFormProps & { open: boolean; onOpenChange: (open: boolean) => void };

export function IdentityFormDialog({ workspaceId, identity, team = [], open, onOpenChange }: Props) {
  const t = useTranslations("identities");
  const tCommon = useTranslations("identityForm");
  const locale = useLocale();
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const isBrand = identity?.kind === "brand";
  // Identity cards are read on the server: a refresh shows the change.
  const save = useActionMutation(
    ({ operatorIds, ...input }: IdentityFields & { operatorIds: string[] }): Promise<ActionResult<{ id: string }>> =>
      identity
        ? updateIdentityAction({ workspaceId, identityId: identity.id, version: identity.version, ...input })
        : createPersonaAction({ workspaceId, operatorIds, ...input }),
    {
      refresh: true,
      successMessage: () => (identity ? tCommon("saved") : tCommon("created")),
      onSuccess: () => onOpenChange(false),
    },
  );
  const errors = save.fieldErrors;
  const prefix = identity ? `identity-${identity.id}` : "new-persona";
  const id = (name: string) => `${prefix}-${name}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const operatorIds = new FormData(event.currentTarget).getAll("operatorIds").map(String);
    save.mutate({ ...readForm(event.currentTarget), operatorIds });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) save.resetFieldErrors();
      }}
    >
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>
            {identity ? tCommon("editTitle", { name: identity.displayName }) : tCommon("createTitle")}
          </DialogTitle>
          <DialogDescription>{isBrand ? tCommon("brandDescription") : tCommon("personaDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id={id("displayName")} label={tCommon("displayName")} errors={errors.displayName}>
              <Input
                name="displayName"
                defaultValue={identity?.displayName}
                required
                maxLength={LIMITS.displayName * 2}
                autoFocus
              />
            </Field>
            <Field id={id("handle")} label={tCommon("handle")} hint={tCommon("handleHint")} errors={errors.handle}>
              <Input name="handle" defaultValue={identity?.handle ?? ""} placeholder="@becky" />
            </Field>
          </div>
          <Field id={id("bio")} label={tCommon("bio")} errors={errors.bio}>
            <textarea name="bio" className={textareaClass} defaultValue={identity?.bio} />
          </Field>
          <fieldset className="grid gap-1.5">
            <legend className="mb-1.5 text-sm font-medium">{t("languages")}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {LANGUAGES.map((code) => (
                <label key={code} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    name="languages"
                    value={code}
                    defaultChecked={identity?.languages.includes(code)}
                  />
                  {languageName.of(code)}
                </label>
              ))}
            </div>
          </fieldset>
          <Field id={id("tone")} label={t("tone")} errors={errors["voiceGuide.tone"]}>
            <textarea name="tone" className={textareaClass} defaultValue={identity?.voiceGuide.tone} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id={id("use")} label={tCommon("use")} hint={tCommon("termsHint")} errors={errors["voiceGuide.use"]}>
              <textarea name="use" className={textareaClass} defaultValue={identity?.voiceGuide.use.join("\n")} />
            </Field>
            <Field
              id={id("avoid")}
              label={tCommon("avoid")}
              hint={tCommon("termsHint")}
              errors={errors["voiceGuide.avoid"]}
            >
              <textarea name="avoid" className={textareaClass} defaultValue={identity?.voiceGuide.avoid.join("\n")} />
            </Field>
            <Field
              id={id("banned")}
              label={t("banned")}
              hint={tCommon("bannedHint", { max: LIMITS.bannedTerms, term: LIMITS.term })}
              errors={errors["voiceGuide.banned"]}
            >
              <textarea name="banned" className={textareaClass} defaultValue={identity?.voiceGuide.banned.join("\n")} />
            </Field>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            {isBrand ? null : (
              <Field
                id={id("signOff")}
                label={t("signOff")}
                hint={tCommon("signOffHint", { max: LIMITS.signOff })}
                errors={errors.signOff}
              >
                <Input name="signOff" defaultValue={identity?.signOff ?? ""} placeholder="-Becky" />
              </Field>
            )}
            <Field
              id={id("disclosure")}
              label={tCommon("disclosure")}
              hint={tCommon("disclosureHint")}
              errors={errors.disclosure}
            >
              <Input name="disclosure" defaultValue={identity?.disclosure ?? ""} />
            </Field>
          </div>
          {!identity && team.length ? (
            <fieldset
              className="grid gap-1.5"
              aria-describedby={errors.operatorIds ? id("operatorIds-error") : undefined}
            >
              <legend className="mb-1.5 text-sm font-medium">{tCommon("initialOperators")}</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {team.map((m) => (
                  <label key={m.userId} className="flex items-center gap-1.5 text-sm">
                    <input type="checkbox" name="operatorIds" value={m.userId} />
                    {m.name}
                  </label>
                ))}
              </div>
              <FieldError id={id("operatorIds-error")} messages={errors.operatorIds} />
            </fieldset>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? tCommon("saving") : tCommon("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

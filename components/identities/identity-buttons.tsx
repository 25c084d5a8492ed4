"use client";

import { ImageUp, Pencil, Plus, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ComponentType, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { lazyDialog } from "@/components/ui/lazy-dialog";
import type { AvatarProps } from "./avatar-dialog";
import type { IdentityFormProps } from "./identity-form-dialog";
import type { OperatorsProps } from "./operators-dialog";

// The identity dialogs (Radix Dialog and their forms) load when first opened, not with the page.
const IdentityFormDialog = lazyDialog(() => import("./identity-form-dialog").then((m) => m.IdentityFormDialog));
const OperatorsDialog = lazyDialog(() => import("./operators-dialog").then((m) => m.OperatorsDialog));
const AvatarDialog = lazyDialog(() => import("./avatar-dialog").then((m) => m.AvatarDialog));

type Open = { open: boolean; onOpenChange: (open: boolean) => void };

/** A button that opens its dialog; the dialog gets the same props plus its open state. */
function DialogButton<P>({
  dialog: Dialog,
  props,
  children,
  variant,
}: {
  dialog: ComponentType<P & Open>;
  props: P;
  children: ReactNode;
  variant?: "outline";
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size={variant ? "sm" : "default"} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Dialog {...props} open={open} onOpenChange={setOpen} />
    </>
  );
}

/** "New persona", or "Edit" on an identity's card. */
export function IdentityFormButton(props: IdentityFormProps) {
  const t = useTranslations("identityForm");
  return props.identity ? (
    <DialogButton dialog={IdentityFormDialog} props={props} variant="outline">
      <Pencil aria-hidden />
      {t("edit")}
      <span className="sr-only">{props.identity.displayName}</span>
    </DialogButton>
  ) : (
    <DialogButton dialog={IdentityFormDialog} props={props}>
      <Plus aria-hidden />
      {t("newPersona")}
    </DialogButton>
  );
}

export function OperatorsButton(props: OperatorsProps) {
  const t = useTranslations("identityForm");
  return (
    <DialogButton dialog={OperatorsDialog} props={props} variant="outline">
      <Users aria-hidden />
      {t("manageOperators")}
      <span className="sr-only">{props.persona.displayName}</span>
    </DialogButton>
  );
}

export function AvatarButton(props: AvatarProps) {
  const t = useTranslations("identityForm");
  return (
    <DialogButton dialog={AvatarDialog} props={props} variant="outline">
      <ImageUp aria-hidden />
      {t("avatar")}
      <span className="sr-only">{props.identity.displayName}</span>
    </DialogButton>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { setAvatarUrlAction } from "@/app/(dashboard)/w/[workspace]/identities/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast-store";
import { ApiError } from "@/lib/fetch-json";
import { Field } from "@/components/forms/field";
import { useActionMutation } from "@/components/common/use-action-mutation";

export type AvatarProps = {
  workspaceId: string;
  identity: { id: string; displayName: string; avatarUrl: string | null };
};
type Props = AvatarProps & { open: boolean; onOpenChange: (open: boolean) => void };

/** An avatar from an https URL or an uploaded image (png, jpeg, webp, gif; checked again on the server), or none. */
export function AvatarDialog({ workspaceId, identity, open, onOpenChange }: Props) {
  const t = useTranslations("identityForm");
  const router = useRouter();
  const [uploadErrors, setUploadErrors] = useState<string[] | undefined>();
  const byUrl = useActionMutation(
    (avatarUrl: string | null) => setAvatarUrlAction({ workspaceId, identityId: identity.id, avatarUrl }),
    {
      refresh: true,
      successMessage: () => t("avatarSaved"),
      onSuccess: () => onOpenChange(false),
    },
  );
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(`/api/w/${workspaceId}/identities/${identity.id}/avatar`, { method: "POST", body });
      const json = await response.json().catch(() => null);
      if (!response.ok) {
        setUploadErrors(json?.error?.fields?.file);
        throw new ApiError(
          response.status,
          json?.error?.code ?? "internal",
          json?.error?.message ?? response.statusText,
        );
      }
    },
    onMutate: () => setUploadErrors(undefined),
    onSuccess: () => {
      toast({ title: t("avatarSaved") });
      onOpenChange(false);
      router.refresh();
    },
    onError: (error) => toast({ title: error.message, variant: "destructive" }),
  });
  const ids = { url: `avatar-${identity.id}-url`, file: `avatar-${identity.id}-file` };

  function onUrl(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    byUrl.mutate(String(new FormData(event.currentTarget).get("avatarUrl") ?? "").trim() || null);
  }
  function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (file instanceof File && file.size > 0) upload.mutate(file);
    else setUploadErrors([t("chooseFile")]);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("avatarTitle", { name: identity.displayName })}</DialogTitle>
          <DialogDescription>{t("avatarDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onUpload} noValidate className="grid gap-2">
          <Field id={ids.file} label={t("avatarFile")} hint={t("avatarFileHint")} errors={uploadErrors}>
            <Input name="file" type="file" accept="image/png,image/jpeg,image/webp,image/gif" />
          </Field>
          <Button type="submit" variant="secondary" className="justify-self-start" disabled={upload.isPending}>
            {upload.isPending ? t("uploading") : t("upload")}
          </Button>
        </form>
        <form onSubmit={onUrl} noValidate className="grid gap-2 border-t pt-4">
          <Field id={ids.url} label={t("avatarUrl")} errors={byUrl.fieldErrors.avatarUrl}>
            <Input
              name="avatarUrl"
              type="url"
              inputMode="url"
              placeholder="https://"
              defaultValue={identity.avatarUrl?.startsWith("https://") ? identity.avatarUrl : ""}
            />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" disabled={byUrl.isPending}>
              {t("useUrl")}
            </Button>
            {identity.avatarUrl ? (
              <Button type="button" variant="ghost" disabled={byUrl.isPending} onClick={() => byUrl.mutate(null)}>
                {t("removeAvatar")}
              </Button>
            ) : null}
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

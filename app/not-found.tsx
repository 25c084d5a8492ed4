import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/common/status-page";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return <StatusPage code="404" title={t("notFoundTitle")} body={t("notFoundBody")} backLabel={t("backHome")} />;
}

import { getTranslations } from "next-intl/server";
import { db } from "@/db";
import type { Role } from "@/lib/auth/permissions";
import type { CommunityTable } from "@/lib/reports/community-csv";
import { loadCommunityReport } from "@/lib/reports/load-community";
import type { ReportParams, ReportRange } from "@/lib/reports/params";
import { ChartOrTable } from "./chart-or-table";
import { LazyCategoryMixChart, LazyEngagementChart, LazyVolumeChart } from "./community-charts-lazy";
import { CategoryMixTable, CommunityFigures, ConversionsTable, VolumeTable } from "./community-tables";
import { FollowUpFigures, FollowUpTable, IdentityEngagementTable, TopPostsTable } from "./engagement-tables";
import { ReportSection } from "./report-section";

type Props = {
  slug: string;
  workspaceId: string;
  timezone: string;
  viewer: { userId: string; role: Role };
  params: ReportParams;
  range: ReportRange;
  /** The export URL of a table with the page's view parameters. */
  exportHref: (table: string) => string;
};

/**
 * Volume & backlog, community and engagement: the same view (range, zone, filters) as the response-time sections
 * above, loaded on the server (lib/reports/load-community.ts) with the page's permission already checked.
 */
export async function CommunitySections({ slug, workspaceId, timezone, viewer, params, range, exportHref }: Props) {
  const data = await loadCommunityReport(db, { workspaceId, timezone, ...viewer, params, range });
  const t = await getTranslations("reportsCommunity");
  const tr = await getTranslations("reports");
  const period = tr(`periods.${range.period}`);
  const empty = <p className="text-sm text-muted-foreground">{tr("noData")}</p>;
  const section = (table: CommunityTable) => ({
    exportHref: exportHref(table),
    exportTable: t(`tables.${table}`),
    definitions: [],
  });
  const d = (...keys: Parameters<typeof t>[0][]) => keys.map((k) => t(k));
  const { volume, community, engagement } = data;
  const hasVolume = volume.some((r) => r.inbound || r.answeredBrand || r.answeredPersona || r.backlog);
  const hasMix = community.mix.some((r) => r.praise || r.criticism || r.question || r.other);

  return (
    <>
      <ReportSection
        title={t("volume")}
        hint={t("volumeHint", { period })}
        {...section("volume")}
        notes={d("definitions.volume", "definitions.backlog", "definitions.volumeFilters")}
      >
        {hasVolume ? (
          <ChartOrTable
            name={t("volume")}
            chart={<LazyVolumeChart rows={volume} />}
            table={<VolumeTable rows={volume} />}
          />
        ) : (
          empty
        )}
      </ReportSection>
      <ReportSection
        title={t("community")}
        hint={t("communityHint", { period })}
        {...section("category-mix")}
        notes={d(
          "definitions.uniqueContacts",
          "definitions.returning",
          "definitions.criticToFan",
          "definitions.categoryMix",
        )}
      >
        <CommunityFigures
          uniqueContacts={community.uniqueContacts}
          returningContacts={community.returningContacts}
          criticToFan={community.criticToFan}
        />
        {hasMix ? (
          <ChartOrTable
            name={t("community")}
            chart={<LazyCategoryMixChart rows={community.mix} />}
            table={<CategoryMixTable rows={community.mix} />}
          />
        ) : (
          empty
        )}
      </ReportSection>
      <ReportSection
        title={t("conversions")}
        hint={t("conversionsHint")}
        {...section("conversions")}
        notes={d("definitions.criticToFan")}
      >
        <ConversionsTable
          rows={community.conversions}
          timeZone={timezone}
          conversationHref={(id) => `/w/${slug}/inbox/${id}`}
        />
      </ReportSection>
      <ReportSection
        title={t("identityEngagement")}
        hint={t("identityEngagementHint")}
        {...section("identity-engagement")}
        notes={d("definitions.engagement")}
      >
        {engagement.identities.length ? (
          <ChartOrTable
            name={t("identityEngagement")}
            chart={<LazyEngagementChart rows={engagement.identities} />}
            table={<IdentityEngagementTable rows={engagement.identities} />}
          />
        ) : (
          empty
        )}
      </ReportSection>
      <ReportSection
        title={t("topPosts")}
        hint={t("topPostsHint")}
        {...section("top-posts")}
        notes={d("definitions.topPosts", "definitions.engagement")}
      >
        <TopPostsTable
          rows={engagement.top}
          timeZone={timezone}
          calendarHref={(day) => `/w/${slug}/calendar?view=week&date=${day}`}
        />
      </ReportSection>
      <ReportSection
        title={t("followUp")}
        hint={t("followUpHint")}
        {...section("follow-up")}
        notes={d("definitions.followUp")}
      >
        {engagement.followUp.length ? (
          <>
            <FollowUpFigures rows={engagement.followUpByKind} />
            <FollowUpTable rows={engagement.followUp} />
          </>
        ) : (
          empty
        )}
      </ReportSection>
    </>
  );
}

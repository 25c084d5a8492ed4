import deApi from "./messages/de/api.json";
import deAudit from "./messages/de/audit.json";
import deCalendar from "./messages/de/calendar.json";
import deChannels from "./messages/de/channels.json";
import deConversation from "./messages/de/conversation.json";
import deCore from "./messages/de/core.json";
import deIdentities from "./messages/de/identities.json";
import deInbox from "./messages/de/inbox.json";
import deInvitations from "./messages/de/invitations.json";
import deProfile from "./messages/de/profile.json";
import deQueue from "./messages/de/queue.json";
import dePublishing from "./messages/de/publishing.json";
import deReports from "./messages/de/reports.json";
import deReportsCommunity from "./messages/de/reports-community.json";
import deSettings from "./messages/de/settings.json";
import deMembers from "./messages/de/members.json";
import deValidation from "./messages/de/validation.json";
import deTwoFactor from "./messages/de/two-factor.json";
import deRouting from "./messages/de/routing.json";
import deVoices from "./messages/de/voices.json";
import deImport from "./messages/de/import.json";
import deWebhooks from "./messages/de/webhooks.json";
import enApi from "./messages/en/api.json";
import enAudit from "./messages/en/audit.json";
import enCalendar from "./messages/en/calendar.json";
import enChannels from "./messages/en/channels.json";
import enConversation from "./messages/en/conversation.json";
import enCore from "./messages/en/core.json";
import enIdentities from "./messages/en/identities.json";
import enInbox from "./messages/en/inbox.json";
import enInvitations from "./messages/en/invitations.json";
import enProfile from "./messages/en/profile.json";
import enQueue from "./messages/en/queue.json";
import enPublishing from "./messages/en/publishing.json";
import enReports from "./messages/en/reports.json";
import enReportsCommunity from "./messages/en/reports-community.json";
import enSettings from "./messages/en/settings.json";
import enMembers from "./messages/en/members.json";
import enValidation from "./messages/en/validation.json";
import enTwoFactor from "./messages/en/two-factor.json";
import enRouting from "./messages/en/routing.json";
import enVoices from "./messages/en/voices.json";
import enImport from "./messages/en/import.json";
import enWebhooks from "./messages/en/webhooks.json";
import type { Locale } from "./config";

// One file per feature and language (each holds its own top-level namespaces), so features do not share a file.
const en = {
  ...enCore,
  ...enInbox,
  ...enConversation,
  ...enCalendar,
  ...enIdentities,
  ...enVoices,
  ...enReports,
  ...enReportsCommunity,
  ...enSettings,
  ...enChannels,
  ...enAudit,
  ...enMembers,
  ...enProfile,
  ...enQueue,
  ...enValidation,
  ...enInvitations,
  ...enTwoFactor,
  ...enRouting,
  ...enImport,
  ...enWebhooks,
  ...enApi,
  ...enPublishing,
};
const de = {
  ...deCore,
  ...deInbox,
  ...deConversation,
  ...deCalendar,
  ...deIdentities,
  ...deVoices,
  ...deReports,
  ...deReportsCommunity,
  ...deSettings,
  ...deChannels,
  ...deAudit,
  ...deMembers,
  ...deProfile,
  ...deRouting,
  ...deQueue,
  ...deValidation,
  ...deInvitations,
  ...deTwoFactor,
  ...deImport,
  ...deWebhooks,
  ...deApi,
  ...dePublishing,
};

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, de };

declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}

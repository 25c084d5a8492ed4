import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { NotificationsMenu } from "@/components/conversation/notifications-menu";
import { can, type Role } from "@/lib/auth/permissions";
import { ShellSidebar } from "./shell-sidebar";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu, type SpeakingVoice } from "./user-menu";
import { WorkspaceSwitcher, type WorkspaceOption } from "./workspace-switcher";

type Props = {
  children: ReactNode;
  user: { name: string; email: string };
  role: Role;
  /** The voices the user may speak as here (listVoicesForUser). */
  voices: SpeakingVoice[];
  workspace: { id: string; name: string; slug: string };
  workspaces: WorkspaceOption[];
};

/** Sidebar (workspace, sections, account) and the page. On narrow screens the sidebar becomes a top bar (ShellSidebar). */
export async function AppShell({ children, user, role, voices, workspace, workspaces }: Props) {
  const t = await getTranslations("shell");
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr] print:block">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <ShellSidebar
        userName={user.name}
        switcher={<WorkspaceSwitcher current={workspace} workspaces={workspaces} />}
        nav={<SidebarNav slug={workspace.slug} role={role} />}
        account={
          <div className="grid gap-2">
            {can(role, "conversations.view") ? (
              <NotificationsMenu workspaceId={workspace.id} slug={workspace.slug} />
            ) : null}
            <UserMenu user={user} role={role} voices={voices} />
          </div>
        }
      />
      <main id="main" className="min-w-0 p-4 md:p-6 print:p-0" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

import { sectionLayout } from "@/lib/auth/section-layout";

export default sectionLayout("conversations.view", "inbox");

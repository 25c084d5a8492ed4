import { sectionLayout } from "@/lib/auth/section-layout";

export default sectionLayout("reports.view", "reports");

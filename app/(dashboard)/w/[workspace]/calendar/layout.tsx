import { sectionLayout } from "@/lib/auth/section-layout";

export default sectionLayout("posts.view", "calendar");

import type { Role } from "../schema/enums";

/** Demo sign-ins, listed in the README. Demo only: every account shares this password. */
export const DEMO_PASSWORD = "curtain-demo";

export const DEMO_ACCOUNTS = [
  { key: "admin", email: "admin@curtain.demo", name: "Ada Admin", roles: { demo: "admin" } },
  { key: "manager", email: "manager@curtain.demo", name: "Max Manager", roles: { demo: "manager" } },
  { key: "smm", email: "smm@curtain.demo", name: "Sam Social", roles: { demo: "social_media_manager" } },
  { key: "cm", email: "becky@curtain.demo", name: "Becky Lang", roles: { demo: "community_manager" } },
  { key: "analyst", email: "analyst@curtain.demo", name: "Ana Analyst", roles: { demo: "analyst" } },
  {
    key: "jay",
    email: "jay@curtain.demo",
    name: "Jay Park",
    roles: { demo: "community_manager", northwind: "manager" },
  },
  { key: "nora", email: "nora@northwind.demo", name: "Nora Lind", roles: { northwind: "admin" } },
] as const satisfies readonly {
  key: string;
  email: string;
  name: string;
  roles: Partial<Record<"demo" | "northwind", Role>>;
}[];

export type DemoAccountKey = (typeof DEMO_ACCOUNTS)[number]["key"];

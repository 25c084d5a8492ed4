import { hashPassword } from "../../lib/auth/password";
import type { DbOrTx } from "../connect";
import { channels, identities, identityOperators, memberships, users, workspaces, type BusinessHours } from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";

const OFFICE_HOURS: BusinessHours = Object.fromEntries(
  ["1", "2", "3", "4", "5"].map((day) => [day, [["09:00", "17:00"]]]),
);

/** Workspaces, users, memberships, identities (brand + personas) and channels of the demo. */
export async function seedTenants(tx: DbOrTx) {
  const [demo, northwind] = await tx
    .insert(workspaces)
    .values([
      { name: "Demo Brand", slug: "demo-brand", timezone: "Europe/Vienna", businessHours: OFFICE_HOURS },
      {
        name: "Northwind Outdoor",
        slug: "northwind",
        timezone: "Europe/Berlin",
        defaultLocale: "de",
        businessHours: OFFICE_HOURS,
      },
    ])
    .returning();
  const workspaceIds = { demo: demo!.id, northwind: northwind!.id };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userRows = await tx
    .insert(users)
    .values(
      DEMO_ACCOUNTS.map((a) => ({
        email: a.email,
        name: a.name,
        passwordHash,
        locale: a.key === "nora" ? "de" : "en",
      })),
    )
    .returning();
  const userId = Object.fromEntries(DEMO_ACCOUNTS.map((a, i) => [a.key, userRows[i]!.id])) as Record<
    (typeof DEMO_ACCOUNTS)[number]["key"],
    string
  >;
  await tx.insert(memberships).values(
    DEMO_ACCOUNTS.flatMap((a) =>
      Object.entries(a.roles).map(([ws, role]) => ({
        workspaceId: workspaceIds[ws as keyof typeof workspaceIds],
        userId: userId[a.key],
        role,
      })),
    ),
  );

  const [brand, becky, jay, northwindBrand] = await tx
    .insert(identities)
    .values([
      {
        workspaceId: demo!.id,
        kind: "brand",
        displayName: "Demo Brand",
        handle: "@demobrand",
        bio: "Outdoor clothing made in Vienna.",
        languages: ["en", "de"],
        voiceGuide: {
          tone: "Warm, concise, never defensive.",
          use: ["we", "thank you"],
          avoid: ["unfortunately"],
          banned: ["cheap"],
        },
      },
      {
        workspaceId: demo!.id,
        kind: "persona",
        displayName: "Becky",
        handle: "@demobrand",
        bio: "Community lead. Answers through the brand account and signs her replies.",
        languages: ["en"],
        voiceGuide: {
          tone: "Friendly, first person, a little playful.",
          use: ["I", "happy to help"],
          avoid: ["per our policy"],
          banned: ["calm down"],
        },
        signOff: "-Becky",
      },
      {
        workspaceId: demo!.id,
        kind: "persona",
        displayName: "Jay Park",
        handle: "@jay_at_demo",
        bio: "Product nerd at Demo Brand. Talks gear, fit and repairs.",
        languages: ["en", "de"],
        voiceGuide: {
          tone: "Knowledgeable, direct, upbeat.",
          use: ["here's the deal"],
          avoid: ["synergy"],
          banned: ["calm down"],
        },
        signOff: "^JAY",
        disclosure: "I work at Demo Brand.",
      },
      {
        workspaceId: northwind!.id,
        kind: "brand",
        displayName: "Northwind Outdoor",
        handle: "@northwind",
        languages: ["de"],
      },
    ])
    .returning();

  await tx.insert(identityOperators).values([
    { identityId: becky!.id, userId: userId.cm, workspaceId: demo!.id },
    { identityId: jay!.id, userId: userId.jay, workspaceId: demo!.id },
  ]);

  const channelRows = await tx
    .insert(channels)
    .values([
      { workspaceId: demo!.id, platform: "x", handle: "@demobrand", identityId: brand!.id },
      { workspaceId: demo!.id, platform: "instagram", handle: "@demobrand", identityId: brand!.id },
      { workspaceId: demo!.id, platform: "facebook", handle: "Demo Brand", identityId: brand!.id },
      { workspaceId: demo!.id, platform: "linkedin", handle: "Demo Brand GmbH", identityId: brand!.id },
      { workspaceId: demo!.id, platform: "mastodon", handle: "@demobrand@mastodon.social", identityId: brand!.id },
      { workspaceId: demo!.id, platform: "x", handle: "@jay_at_demo", identityId: jay!.id },
      { workspaceId: northwind!.id, platform: "instagram", handle: "@northwind", identityId: northwindBrand!.id },
    ])
    .returning();

  return {
    workspaceIds,
    workspaces: [demo!, northwind!],
    userId,
    identities: { brand: brand!, becky: becky!, jay: jay!, northwindBrand: northwindBrand! },
    channels: channelRows,
  };
}

export type SeededTenants = Awaited<ReturnType<typeof seedTenants>>;

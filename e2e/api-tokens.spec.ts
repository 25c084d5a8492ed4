import { createHmac } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, REFUSED, setLanguage, storageStateFor, test } from "./fixtures";

const API_SETTINGS = "/w/demo-brand/settings/api";

function signed(secret: string, body: string) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const hex = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return {
    "x-curtain-timestamp": timestamp,
    "x-curtain-signature": `sha256=${hex}`,
    "content-type": "application/json",
  };
}

test.describe("admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("creates a token (shown once), uses it, rotates a channel's inbound secret, and revokes the token", async ({
    page,
    request,
  }) => {
    const name = `e2e ${Date.now().toString(36)}`;
    await page.goto(API_SETTINGS);
    await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Expires").selectOption("30");
    await page.getByRole("button", { name: "Create token" }).click();

    const shown = page.getByTestId("one-time-secret");
    await expect(shown).toContainText("Copy your new token now");
    const token = (await shown.locator("code").textContent())!.trim();
    expect(token).toMatch(/^ctn_[A-Za-z0-9_-]{43}$/);

    const identities = await request.get("/api/v1/identities", { headers: { authorization: `Bearer ${token}` } });
    expect(identities.status()).toBe(200);
    expect((await identities.json()).data.some((i: { kind: string }) => i.kind === "brand")).toBe(true);
    const channels = (await (
      await request.get("/api/v1/channels", { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { data: { id: string; handle: string; connector: string }[] };

    // Shown once: after "Done" and a reload the token is nowhere on the page, only its name and prefix.
    await shown.getByRole("button", { name: "Done" }).click();
    await page.reload();
    await expect(page.getByText(token)).toHaveCount(0);
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(token.slice(0, 10));
    await expect(row).not.toContainText("Never used");

    // A channel's inbound secret: generated here, used to sign a batch, answered per event.
    const channel = channels.data[0]!;
    await page
      .getByRole("listitem")
      .filter({ hasText: `/api/v1/channels/${channel.id}/inbound` })
      .getByRole("button", { name: new RegExp(`^Generate new secret for ${channel.handle}`) })
      .click();
    const secretBox = page.getByTestId("one-time-secret");
    await expect(secretBox).toContainText(`New secret for ${channel.handle}`);
    const secret = (await secretBox.locator("code").textContent())!.trim();
    const body = JSON.stringify({
      events: [
        {
          externalId: `e2e-${Date.now()}`,
          direction: "inbound",
          kind: "mention",
          text: "Hello from the e2e bridge",
          createdAt: new Date().toISOString(),
          author: { id: "e2e", handle: "@e2e_bridge", name: "E2E Bridge" },
        },
      ],
    });
    const inbound = await request.post(`/api/v1/channels/${channel.id}/inbound`, {
      data: body,
      headers: signed(secret, body),
    });
    expect(inbound.status()).toBe(200);
    expect((await inbound.json()).results[0].status).toBe("created");
    const forged = await request.post(`/api/v1/channels/${channel.id}/inbound`, {
      data: body,
      headers: signed("not-the-secret", body),
    });
    expect(forged.status()).toBe(401);

    await row.getByRole("button", { name: `Revoke token ${name}` }).click();
    await expect(row).toContainText("Revoked");
    const refused = await request.get("/api/v1/identities", { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("unauthorized");
  });

  for (const { locale, width } of [
    { locale: "en", width: 1440 },
    { locale: "de", width: 390 },
  ] as const) {
    test(`the API settings page has no detectable accessibility problems (${locale}, ${width} px)`, async ({
      page,
      context,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await setLanguage(context, baseURL, locale);
      await page.goto(API_SETTINGS);
      await expect(page.locator("h1")).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual(
        [],
      );
    });
  }
});

test.describe("manager", () => {
  test.use({ storageState: storageStateFor("manager"), allowedConsoleErrors: [REFUSED] });

  test("does not get the API settings", async ({ page }) => {
    await page.goto(API_SETTINGS);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
  });
});

import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const baseURL = process.env.E2E_BASE_URL;
if (!baseURL) throw new Error("Run the e2e suite with `npm run test:e2e` (it starts Curtain and sets E2E_BASE_URL).");

// Debian's Chromium when present (these machines cannot download browsers), else Playwright's own.
const systemChromium = "/usr/bin/chromium";
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

export default defineConfig({
  testDir: ".",
  outputDir: "../test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "../playwright-report" }]] : "list",
  // `next dev` compiles each page on first visit (20 s on a busy machine). The build answers at once, but a CI
  // machine shared with other work can run several times slower than an idle one: a generous ceiling costs
  // nothing when tests pass and turns "slow" into "still correct".
  timeout: process.env.E2E_DEV ? 90_000 : 60_000,
  expect: { timeout: 15_000 },
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", locale: "en-US", launchOptions },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions },
      dependencies: ["setup"],
      testMatch: /.*\.spec\.ts/,
    },
  ],
});

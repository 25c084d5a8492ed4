import { e2eSql, expect, storageStateFor, test, workspaceId } from "./fixtures";

const ZONE = "Europe/Vienna";
const dayIn = (instant: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );

const planned: string[] = [];

/**
 * A brand draft `daysAhead` days ahead at 10:00 Vienna time, by the social media manager. Each test takes its own
 * day, so a card another test left in the same hour cannot change the grid under its pointer.
 */
async function plannedPost(body: string, daysAhead: number) {
  const sql = e2eSql();
  try {
    const wid = await workspaceId("demo-brand");
    const day = dayIn(new Date(Date.now() + daysAhead * 86_400_000));
    const [row] = await sql<{ id: string; at: Date }[]>`
      insert into posts (workspace_id, identity_id, author_user_id, body, status, scheduled_at)
      select ${wid}, i.id, u.id, ${body}, 'draft', (${`${day} 10:00`}::timestamp at time zone ${ZONE})
      from identities i, users u where i.workspace_id = ${wid} and i.kind = 'brand' and u.email = 'smm@curtain.demo'
      returning id, scheduled_at as at`;
    planned.push(row!.id);
    return { id: row!.id, at: row!.at, day };
  } finally {
    await sql.end();
  }
}
async function scheduledAt(id: string) {
  const sql = e2eSql();
  try {
    const [row] = await sql<{ at: Date }[]>`select scheduled_at as at from posts where id = ${id}`;
    return row!.at.getTime();
  } finally {
    await sql.end();
  }
}

test.describe("rescheduling", () => {
  test.use({ storageState: storageStateFor("smm"), viewport: { width: 1440, height: 1000 } });
  // Gone afterwards, so a repeated run (--repeat-each) starts from the same grid.
  test.afterEach(async () => {
    const sql = e2eSql();
    try {
      await sql`delete from posts where id = any(${planned.splice(0)})`;
    } finally {
      await sql.end();
    }
  });

  test("drag and drop to another hour, then Undo puts it back", async ({ page }) => {
    const body = `Drag me ${Date.now().toString(36)}`;
    // Copies of this test run in parallel under --repeat-each: each takes its own day.
    const post = await plannedPost(body, 3 + 2 * test.info().repeatEachIndex);
    await page.goto(`/w/demo-brand/calendar?view=week&date=${post.day}`);
    const grip = page
      .getByTestId("post-chip")
      .filter({ hasText: body })
      .getByRole("button", { name: /^Move post/ });
    const target = page.locator(`[data-drop="slot:${post.day}:14"]`);
    await target.scrollIntoViewIfNeeded();
    await grip.scrollIntoViewIfNeeded();
    const from = (await grip.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    // Drag and drop loads when the pointer enters the calendar; its grips then describe themselves as draggable.
    await expect(grip).toHaveAttribute("aria-roledescription", "draggable");
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
    // The grid scrolls by itself while a card is dragged near its edge (dnd-kit's auto-scroll), so the target is
    // found where it is now, as a person's eye would follow it, until the pointer rests on it.
    for (let attempt = 0; attempt < 5; attempt++) {
      const to = (await target.boundingBox())!;
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: attempt ? 2 : 15 });
      await page.waitForTimeout(100);
      const now = (await target.boundingBox())!;
      if (Math.abs(now.y - to.y) < 1 && Math.abs(now.x - to.x) < 1) break;
    }
    await page.mouse.up();
    await expect(page.getByText(/^Post moved to/)).toBeVisible();
    await expect.poll(() => scheduledAt(post.id)).toBe(post.at.getTime() + 4 * 3_600_000);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByText("Move undone.", { exact: true })).toBeVisible();
    await expect.poll(() => scheduledAt(post.id)).toBe(post.at.getTime());
  });

  test("with the keyboard: Space, arrow down twice, Space", async ({ page }) => {
    const body = `Keyboard me ${Date.now().toString(36)}`;
    const post = await plannedPost(body, 4 + 2 * test.info().repeatEachIndex);
    await page.goto(`/w/demo-brand/calendar?view=week&date=${post.day}`);
    const grip = page
      .getByTestId("post-chip")
      .filter({ hasText: body })
      .getByRole("button", { name: /^Move post/ });
    await grip.focus();
    // Focus loads drag and drop; the grid is re-rendered with it and focus stays on the same grip.
    await expect(grip).toHaveAttribute("aria-roledescription", "draggable");
    await expect(grip).toBeFocused();
    await page.keyboard.press("Space");
    // Each step waits for dnd-kit's announcement, as a screen-reader user hears where the post is now.
    await page.keyboard.press("ArrowDown");
    await expect(page.getByText(`droppable area slot:${post.day}:11.`)).toBeAttached();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByText(`droppable area slot:${post.day}:12.`)).toBeAttached();
    await page.keyboard.press("Space");
    await expect(page.getByText(/^Post moved to/)).toBeVisible();
    await expect.poll(() => scheduledAt(post.id)).toBe(post.at.getTime() + 2 * 3_600_000);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => scheduledAt(post.id)).toBe(post.at.getTime());
  });
});

import { sql } from "drizzle-orm";
import { localDate } from "@/lib/time";
import { visibleRange } from "@/lib/calendar/range";
import { listPosts } from "../../queries/posts";
import { savePost } from "../../queries/posts-save";
import { topUpPosts } from "../calendar-posts";
import type { Scenario } from "../context";
import { figure, sample } from "../measure";

const POSTS = 10_000;
const ZONE = "Europe/Vienna";

export const calendar: Scenario = {
  name: "calendar",
  description: `month, week and list views and saving a draft, in one workspace with ${POSTS} posts (targets, metrics) plus noise`,
  async run(ctx) {
    const data = await ctx.dataset();
    const workspaceId = data.workspaces[0]!.id;
    const now = ctx.options.now;
    ctx.log(`calendar: topping workspace 1 up to ${POSTS} posts`);
    await topUpPosts(ctx.db, { workspaceId, total: POSTS, now });
    const today = localDate(now, ZONE);
    const runs = ctx.options.runs;
    const view = async (name: "month" | "week" | "list") => {
      const { from, to } = visibleRange(name, today, ZONE);
      return sample(runs, () => listPosts(ctx.db, { workspaceId, from, to }));
    };
    ctx.log(`calendar: views × ${runs}`);
    const month = await view("month");
    const week = await view("week");
    const list = await view("list");
    const { from, to } = visibleRange("month", today, ZONE);
    const filtered = await sample(runs, () =>
      listPosts(ctx.db, { workspaceId, from, to, filters: { status: ["scheduled"], tag: "tag3" } }),
    );

    const [admin] = (await ctx.db.execute<{ user_id: string; identity_id: string }>(sql`
      select m.user_id, (select id from identities where workspace_id = ${workspaceId} and kind = 'brand') as identity_id
      from memberships m where m.workspace_id = ${workspaceId} and m.role = 'admin' limit 1`)) as unknown as {
      user_id: string;
      identity_id: string;
    }[];
    const channelIds = (
      (await ctx.db.execute<{ id: string }>(sql`
        select c.id from channels c join identities i on i.id = c.identity_id
        where c.workspace_id = ${workspaceId} and i.kind = 'brand' order by c.id limit 2`)) as unknown as {
        id: string;
      }[]
    ).map((r) => r.id);
    const actor = { userId: admin!.user_id, role: "admin" as const };
    const day = localDate(new Date(now.getTime() + 7 * 86_400_000), ZONE);
    const input = (body: string) => ({
      identityId: admin!.identity_id,
      channelIds,
      body,
      variants: channelIds.slice(1).map((channelId) => ({ channelId, body: `${body} (variant)` })),
      media: [{ url: "https://example.com/a.jpg", alt: "A jacket" }],
      campaign: "Bench",
      tags: ["bench"],
      date: day,
      time: "10:30",
    });
    ctx.log(`calendar: saving drafts × ${runs}`);
    let version = 0;
    let postId = "";
    const create = await sample(runs, () =>
      ctx.db.transaction(async (tx) => {
        const saved = await savePost(tx, { workspaceId, actor, input: input("New draft"), timeZone: ZONE, now });
        if (!saved.ok) throw new Error(`savePost failed: ${JSON.stringify(saved)}`);
        postId = saved.value.id;
        version = saved.value.version;
      }),
    );
    const update = await sample(runs, () =>
      ctx.db.transaction(async (tx) => {
        const saved = await savePost(tx, {
          workspaceId,
          actor,
          input: { ...input(`Autosave ${version}`), postId, version },
          timeZone: ZONE,
          now,
        });
        if (!saved.ok) throw new Error(`savePost failed: ${JSON.stringify(saved)}`);
        version = saved.value.version;
      }),
    );
    return [
      figure("calendar", "listPosts (month grid)", month.times, { note: `${month.last.length} posts` }),
      figure("calendar", "listPosts (week)", week.times, { note: `${week.last.length} posts` }),
      figure("calendar", "listPosts (list, month)", list.times, { note: `${list.last.length} posts` }),
      figure("calendar", "listPosts (month, status+tag filter)", filtered.times, {
        note: `${filtered.last.length} posts`,
      }),
      figure("calendar", "savePost (new draft, 2 channels)", create.times),
      figure("calendar", "savePost (autosave of a draft)", update.times),
    ];
  },
};

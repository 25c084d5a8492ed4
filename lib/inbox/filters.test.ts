import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, parseQueueFilters, queueSearch } from "./filters";

const ID = "3f2b8c1e-8a4d-4c1e-9f7a-2b6d5e4c3a21";

describe("queue URL filters", () => {
  it("reads every filter of the URL contract, several values comma-separated", () => {
    const { filters, ignored } = parseQueueFilters(
      new URLSearchParams(
        `view=persona:${ID}&status=open,pending&channel=${ID}&platform=x&kind=dm,review&category=criticism` +
          `&priority=urgent&sla=due_soon,breached&assignee=me,none,${ID}&identity=${ID}&tag=vip&q=refund` +
          `&from=2026-01-01&to=2026-01-31&sort=oldest`,
      ),
    );
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      view: `persona:${ID}`,
      status: ["open", "pending"],
      channel: [ID],
      platform: ["x"],
      kind: ["dm", "review"],
      category: ["criticism"],
      priority: ["urgent"],
      sla: ["due_soon", "breached"],
      assignee: ["me", "none", ID],
      identity: [ID],
      tag: ["vip"],
      q: "refund",
      from: "2026-01-01",
      to: "2026-01-31",
      sort: "oldest",
    });
  });

  it("ignores unknown values (and says which), keeping the known ones", () => {
    const { filters, ignored } = parseQueueFilters({
      view: "everything",
      status: "open,closed",
      priority: ["urgent", "asap"],
      sla: "late",
      assignee: "someone",
      channel: "1; drop table",
      q: "a\u0000b",
      from: "2026-02-31",
      to: "0000-01-01",
      sort: "random",
    });
    expect(filters).toEqual({ ...DEFAULT_FILTERS, status: ["open"], priority: ["urgent"] });
    expect(ignored.map((i) => i.key)).toEqual([
      "view",
      "status",
      "channel",
      "priority",
      "sla",
      "assignee",
      "q",
      "from",
      "to",
      "sort",
    ]);
  });

  it("ignores search text that is too short for the index", () => {
    const { filters, ignored } = parseQueueFilters({ q: " ab " });
    expect(filters.q).toBe("");
    expect(ignored).toEqual([{ key: "q", value: "ab" }]);
  });

  it("round-trips through the URL, leaving defaults out", () => {
    expect(queueSearch(DEFAULT_FILTERS)).toBe("");
    const { filters } = parseQueueFilters(new URLSearchParams("view=mine&priority=urgent,high&q=order%20%2347"));
    expect(queueSearch(filters)).toBe("view=mine&priority=urgent%2Chigh&q=order+%2347");
    expect(parseQueueFilters(new URLSearchParams(queueSearch(filters))).filters).toEqual(filters);
  });
});

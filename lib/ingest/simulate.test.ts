import { describe, expect, it } from "vitest";
import { inboundEventSchema } from "./events";
import { EventStream } from "./simulate";

describe("EventStream", () => {
  it("produces valid events that thread, answer (some signed) and come back from returning contacts", () => {
    const channels = [
      { id: "c1", handle: "@brand" },
      { id: "c2", handle: "@brand_de" },
    ];
    const stream = new EventStream(channels, ["-Becky"], 50);
    const events = [...Array(40)].flatMap(() => [...stream.next(25).values()].flat());
    expect(events).toHaveLength(1000);
    for (const e of events) expect(inboundEventSchema.safeParse(e).success).toBe(true);
    const outbound = events.filter((e) => e.direction === "outbound");
    expect(outbound.length).toBeGreaterThan(50);
    expect(outbound.every((e) => e.inReplyTo)).toBe(true);
    expect(outbound.some((e) => e.text.endsWith("-Becky"))).toBe(true);
    expect(events.some((e) => e.direction === "inbound" && e.inReplyTo)).toBe(true);
    const authors = new Map<string, number>();
    for (const e of events.filter((e) => e.direction === "inbound"))
      authors.set(e.author.handle, (authors.get(e.author.handle) ?? 0) + 1);
    expect(Math.max(...authors.values())).toBeGreaterThanOrEqual(3);
  });
});

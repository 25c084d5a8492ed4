import { describe, expect, it } from "vitest";
import { computeWaits, type ThreadMessage } from "./waits";

const T0 = Date.parse("2026-03-02T09:00:00Z");
/** A message `minutes` after T0. */
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const inbound = (minutes: number): ThreadMessage => ({ direction: "inbound", sentAt: at(minutes) });
const reply = (minutes: number): ThreadMessage => ({ direction: "outbound", sentAt: at(minutes) });
const autoReply = (minutes: number): ThreadMessage => ({ direction: "outbound", sentAt: at(minutes), automated: true });

describe("computeWaits", () => {
  it("measures one question and one answer", () => {
    const { waits, waitingSince } = computeWaits([inbound(0), reply(12)]);
    expect(waits).toEqual([{ replyIndex: 1, startedAt: at(0), respondedAt: at(12), seconds: 720, isFirst: true }]);
    expect(waitingSince).toBeNull();
  });

  it("does not restart the clock on consecutive inbound messages", () => {
    const { waits } = computeWaits([inbound(0), inbound(5), inbound(9), reply(20)]);
    expect(waits).toHaveLength(1);
    expect(waits[0]!.startedAt).toEqual(at(0));
    expect(waits[0]!.seconds).toBe(20 * 60);
    expect(waits[0]!.replyIndex).toBe(3);
  });

  it("does not stop the clock on an automated reply", () => {
    const { waits } = computeWaits([inbound(0), autoReply(1), reply(45)]);
    expect(waits).toEqual([{ replyIndex: 2, startedAt: at(0), respondedAt: at(45), seconds: 2700, isFirst: true }]);
  });

  it("ignores outbound messages that answer no waiting inbound", () => {
    const { waits, waitingSince } = computeWaits([reply(0), inbound(10), reply(15), reply(16), reply(30)]);
    expect(waits).toEqual([{ replyIndex: 2, startedAt: at(10), respondedAt: at(15), seconds: 300, isFirst: true }]);
    expect(waitingSince).toBeNull();
  });

  it("marks only the first answered wait of a conversation as first", () => {
    const { waits } = computeWaits([
      inbound(0),
      reply(10),
      inbound(60),
      inbound(61),
      autoReply(62),
      reply(90),
      inbound(200),
      reply(203),
    ]);
    expect(waits.map((w) => [w.replyIndex, w.seconds, w.isFirst])).toEqual([
      [1, 600, true],
      [5, 1800, false],
      [7, 180, false],
    ]);
  });

  it("reports a trailing unanswered wait as waitingSince, from its earliest inbound message", () => {
    const { waits, waitingSince } = computeWaits([inbound(0), reply(3), inbound(100), autoReply(101), inbound(130)]);
    expect(waits).toHaveLength(1);
    expect(waitingSince).toEqual(at(100));
  });

  it("leaves a thread with only automated replies waiting, with no response", () => {
    const { waits, waitingSince } = computeWaits([inbound(0), autoReply(0.5)]);
    expect(waits).toEqual([]);
    expect(waitingSince).toEqual(at(0));
  });

  it("handles an empty thread", () => {
    expect(computeWaits([])).toEqual({ waits: [], waitingSince: null });
  });

  it("rounds to whole seconds", () => {
    const { waits } = computeWaits([
      { direction: "inbound", sentAt: new Date(T0) },
      { direction: "outbound", sentAt: new Date(T0 + 90_600) },
    ]);
    expect(waits[0]!.seconds).toBe(91);
  });
});

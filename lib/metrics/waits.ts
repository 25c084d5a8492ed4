/**
 * Response-time waits, as ARCHITECTURE.md defines them: a wait starts at the earliest inbound message that has no
 * later reply and ends at the next outbound message sent by a person. Consecutive inbound messages do not restart
 * the clock; automated outbound messages do not stop it.
 */
export type ThreadMessage = { direction: "inbound" | "outbound"; sentAt: Date; automated?: boolean };

export type Wait = {
  /** Index (in the input) of the outbound message that ended the wait. */
  replyIndex: number;
  startedAt: Date;
  respondedAt: Date;
  seconds: number;
  isFirst: boolean;
};

/** Answered waits of one conversation plus the start of the wait still open, if any. Input must be time-ordered. */
export function computeWaits(thread: readonly ThreadMessage[]): { waits: Wait[]; waitingSince: Date | null } {
  const waits: Wait[] = [];
  let waitingSince: Date | null = null;
  thread.forEach((message, index) => {
    if (message.direction === "inbound") {
      waitingSince ??= message.sentAt;
      return;
    }
    if (message.automated || !waitingSince) return;
    waits.push({
      replyIndex: index,
      startedAt: waitingSince,
      respondedAt: message.sentAt,
      seconds: Math.max(0, Math.round((message.sentAt.getTime() - waitingSince.getTime()) / 1000)),
      isFirst: waits.length === 0,
    });
    waitingSince = null;
  });
  return { waits, waitingSince };
}

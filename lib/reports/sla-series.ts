import type { SlaStat } from "@/db/queries/reports-sla";
import type { Priority } from "@/db/schema/enums";

export const PRIORITY_ORDER: readonly Priority[] = ["urgent", "high", "normal", "low"];

type Counts = { responses: number; withinTarget: number; attainment: number | null };
export type SlaPoint = Counts & { period: string; breached: number; byPriority: Partial<Record<Priority, Counts>> };

const attainment = (within: number, total: number) => (total ? within / total : null);

/**
 * Rows keyed [period, priority] pivoted to one point per period: overall attainment (all priorities' responses
 * together, not an average of the priorities' shares), the breached count, and each priority's own figures.
 */
export function slaSeriesPoints(rows: readonly Pick<SlaStat, "key" | "responses" | "withinTarget">[]): SlaPoint[] {
  const points = new Map<string, SlaPoint>();
  for (const r of rows) {
    const period = r.key[0] ?? "";
    const point = points.get(period) ?? {
      period,
      responses: 0,
      withinTarget: 0,
      attainment: null,
      breached: 0,
      byPriority: {},
    };
    point.responses += r.responses;
    point.withinTarget += r.withinTarget;
    const priority = r.key[1] as Priority | null;
    if (priority) {
      const own = point.byPriority[priority] ?? { responses: 0, withinTarget: 0, attainment: null };
      own.responses += r.responses;
      own.withinTarget += r.withinTarget;
      own.attainment = attainment(own.withinTarget, own.responses);
      point.byPriority[priority] = own;
    }
    points.set(period, point);
  }
  return [...points.values()]
    .map((p) => ({ ...p, attainment: attainment(p.withinTarget, p.responses), breached: p.responses - p.withinTarget }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

import type { Db } from "../connect";
import type { GeneratedData } from "./generate";
import type { BenchServer } from "./server";

/** One line of the printed table. Per-op figures are left out where an operation ran once. */
export type Figure = {
  scenario: string;
  op: string;
  /** Measured operations (warm-up runs excluded). */
  n: number;
  /** Sum of the measured operations' wall time. */
  totalMs: number;
  medianMs?: number | null;
  p95Ms?: number | null;
  /** Rows written (or read) per second of totalMs, where throughput is the point. */
  rowsPerSec?: number;
  /** What was measured, plus a sanity check of the result (counts, medians) so odd data shows up next to its timing. */
  note?: string;
};

export type BenchOptions = {
  workspaces: number;
  conversations: number;
  /** Conversations of the first workspace, when it should be bigger than the others (--first-workspace). */
  firstWorkspace?: number;
  /** Measured repetitions per query figure. */
  runs: number;
  /** Fixed "now" of the run: the generator and the report windows agree on it. */
  now: Date;
};

export type BenchContext = {
  /** URL of this run's migrated bench database. */
  url: string;
  db: Db;
  /** The server the bench database lives on; scenarios that need an empty database make their own here. */
  server: BenchServer;
  options: BenchOptions;
  log: (message: string) => void;
  /**
   * The generated data set (N workspaces × M conversations plus posts), built once per run by whichever scenario
   * asks first: the query scenarios share it, and the generate scenario reports how long building it took.
   */
  dataset: () => Promise<GeneratedData>;
};

/** A scenario is a file in scenarios/ plus one line in scenarios/index.ts. */
export type Scenario = {
  name: string;
  description: string;
  run: (ctx: BenchContext) => Promise<Figure[]>;
};

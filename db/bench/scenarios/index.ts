import type { Scenario } from "../context";
import { calendar } from "./calendar";
import { generate } from "./generate";
import { importScenario } from "./import";
import { queue } from "./queue";
import { ingest } from "./ingest";
import { publish } from "./publish";
import { reply } from "./reply";
import { reports } from "./reports";
import { seed } from "./seed";

/** Every scenario, in the order `npm run bench` runs them when none are named. Add yours here (one line). */
export const SCENARIOS: Scenario[] = [seed, generate, reports, calendar, reply, queue, ingest, importScenario, publish];

/** The shape a value has after a JSON round trip (Dates become ISO strings), as route handlers return it. */
export type Jsonify<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonify<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonify<T[K]> }
      : T;

/** Server prefetches go through this so hydrated data has exactly the shape the client fetch returns. */
export function jsonify<T>(value: T): Jsonify<T> {
  return JSON.parse(JSON.stringify(value)) as Jsonify<T>;
}

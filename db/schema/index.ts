export * from "./enums";
export * from "./tenancy";
export * from "./auth";
export * from "./identities";
export * from "./channels";
export * from "./inbox";
export * from "./calendar";
export * from "./audit";

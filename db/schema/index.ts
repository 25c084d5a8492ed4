export * from "./enums";
export * from "./tenancy";
export * from "./identities";
export * from "./channels";
export * from "./inbox";
export * from "./calendar";
export * from "./audit";
export * from "./sandbox";

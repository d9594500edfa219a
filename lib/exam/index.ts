export * from "./assemble";
export * from "./blueprint";
export * from "./quotas";
export * from "../random";
export * from "./response";
export * from "./scaled-score";
export * from "./score";

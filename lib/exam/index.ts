export * from "./assemble";
export * from "./blueprint";
export * from "./fresh-draws";
export * from "./quotas";
export * from "@/lib/random";
export * from "./response";
export * from "./scaled-score";
export * from "./score";

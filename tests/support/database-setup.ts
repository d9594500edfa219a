import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolMax: number;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("test");
  project.provide("databaseUrl", database.url);
  project.provide("databasePoolMax", database.poolMax);
  return () => database.drop();
}

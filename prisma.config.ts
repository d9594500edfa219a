import { PrismaPg } from "@prisma/adapter-pg";
import { parse } from "pg-connection-string";
import { defineConfig } from "prisma/config";

// Prisma's schema engine runs as WebAssembly in process through the pg adapter (the native engine cannot be
// downloaded on our network). A parsed pool config keeps the database name that a plain connection string would lose.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const { database, host, port, user, password } = parse(url);
    return new PrismaPg({
      database: database ?? undefined,
      host: host ?? undefined,
      port: port ? Number(port) : undefined,
      user: user ?? undefined,
      password: password ?? undefined,
      max: 1,
    });
  },
});

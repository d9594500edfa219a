import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../../scripts/bench/app-process";

const BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export interface DedicatedPostgres {
  url(database: string): string;
  createDatabase(name: string): void;
  /** `pg_ctl restart -m fast`: every connection is cut, as in a failover or a crash-restart. */
  restart(): void;
  stop(): void;
}

/**
 * A PostgreSQL server of the test's own (initdb + pg_ctl in a temp dir, on a free port), so restarting it cannot
 * disturb the machine's shared server. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */
export async function startDedicatedPostgres(): Promise<DedicatedPostgres> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "gureum-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const asOwner = (bin: string, args: string[]) => {
    const command = path.join(BIN, bin);
    if (process.getuid?.() === 0)
      return execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
    return execFileSync(command, args, { stdio: "pipe" });
  };
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  asOwner("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  asOwner("pg_ctl", ["start", "-w", "-D", data, "-o", options, "-l", path.join(dir, "log")]);
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase(name) {
      execFileSync(path.join(BIN, "psql"), [url("postgres"), "-qc", `CREATE DATABASE ${name}`], { stdio: "pipe" });
    },
    restart() {
      asOwner("pg_ctl", ["restart", "-w", "-m", "fast", "-D", data, "-o", options, "-l", path.join(dir, "log")]);
    },
    stop() {
      try {
        asOwner("pg_ctl", ["stop", "-w", "-m", "immediate", "-D", data]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * `npm run -s sim -- <sim> <file|->`: runs a simulator on one JSON input or an array of inputs (SIM_CONTRACT.md).
 * Exit 0 with one JSON document on stdout; exit 2 with one line on stderr for usage, file, JSON or input errors;
 * exit 1 if a simulator throws (a bug: simulators must report problems as results).
 */
import { readFile } from "node:fs/promises";
import { SIM_NAMES, type SimName } from "../lib/sim";
import { availableSimulators, simulate, type SimRun } from "../lib/sim";

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function isSimName(name: string): name is SimName {
  return (SIM_NAMES as readonly string[]).includes(name);
}

async function readSource(file: string): Promise<string> {
  if (file !== "-") {
    try {
      return await readFile(file, "utf8");
    } catch (error) {
      throw new CliError(`sim: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 2);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

function runOne(name: SimName, input: unknown): SimRun {
  try {
    return simulate(name, input);
  } catch (error) {
    throw new CliError(`sim: ${name} threw: ${oneLine(error instanceof Error ? error.message : String(error))}`, 1);
  }
}

async function main(args: string[]): Promise<string> {
  const [name, file, ...rest] = args;
  if (name === undefined || file === undefined || rest.length > 0) {
    throw new CliError(`usage: npm run -s sim -- <${SIM_NAMES.join("|")}> <file|->`, 2);
  }
  if (!isSimName(name))
    throw new CliError(`sim: unknown simulator "${name}" (expected one of ${SIM_NAMES.join(", ")})`, 2);
  if (!availableSimulators().includes(name)) throw new CliError(`sim: simulator "${name}" is not available yet`, 2);

  const text = await readSource(file);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new CliError(`sim: invalid JSON in ${file === "-" ? "standard input" : file}: ${oneLine(String(error))}`, 2);
  }

  if (Array.isArray(input)) {
    const results = input.map((element: unknown) => {
      const run = runOne(name, element);
      return run.ok ? run.result : { inputError: oneLine(run.inputError) };
    });
    return JSON.stringify(results);
  }
  const run = runOne(name, input);
  if (!run.ok) throw new CliError(oneLine(run.inputError), 2);
  return JSON.stringify(run.result);
}

try {
  process.stdout.write(`${await main(process.argv.slice(2))}\n`);
  process.exitCode = 0;
} catch (error) {
  const cliError = error instanceof CliError ? error : new CliError(`sim: ${String(error)}`, 1);
  process.stderr.write(`${cliError.message}\n`);
  process.exitCode = cliError.exitCode;
}

import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningProcess {
  child: ChildProcess;
  /** The start-up banner, once the process printed it (API address included for `serve`). */
  banner: string;
}

/** Starts `openprospect <args>` as its own node process and waits for its start-up banner. */
export async function spawnOpenProspect(args: string[], env: Record<string, string>): Promise<RunningProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const banner = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      if (stdout.includes("Workers")) resolve(stdout);
    });
    child.once("exit", (code) => reject(new Error(`openprospect ${args.join(" ")} exited with ${code}: ${stderr}`)));
  });
  child.stdout!.resume();
  child.stderr!.on("data", (chunk) => process.stderr.write(`[${child.pid}] ${chunk}`));
  return { child, banner };
}

/** SIGTERM (graceful shutdown), SIGKILL after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ServeProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the banner's base URL, or rejects with the output when the process exits first. */
  ready: Promise<string>;
  exited: Promise<number | null>;
}

/** Starts `openprospect serve` as a real process on a free loopback port. */
export function startServe(env: Record<string, string>): ServeProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "serve", "--concurrency", "1"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /API\s+(http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`serve exited with ${code}: ${output}`));
    });
  });
  ready.catch(() => undefined);
  return { child, output: () => output, ready, exited };
}

export async function stopServe(serve: ServeProcess): Promise<number | null> {
  if (serve.child.exitCode === null) serve.child.kill("SIGTERM");
  return serve.exited;
}

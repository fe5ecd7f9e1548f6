import { readFileSync } from "node:fs";

export interface ProcStats {
  /** Peak resident set size (VmHWM) in MiB. */
  maxRssMiB: number;
  /** User + system CPU seconds consumed so far. */
  cpuSeconds: number;
}

// Linux only: read before the process exits, while /proc/<pid> still exists.
export function readProcStats(pid: number): ProcStats {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15 (1-based).
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(rest[11]) + Number(rest[12]);
  return { maxRssMiB: Math.round(hwmKb / 1024), cpuSeconds: ticks / 100 };
}

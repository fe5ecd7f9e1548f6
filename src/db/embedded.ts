import { mkdirSync, openSync, closeSync, readFileSync, unlinkSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  pglite: PGlite;
  stop(): Promise<void>;
}

export class DataDirectoryLockedError extends Error {}

// Only one process may own a PGlite data directory: a second one would corrupt it.
function acquireLock(dataDir: string): string {
  const lockPath = join(dataDir, "openprospect.lock");
  try {
    const fd = openSync(lockPath, "wx");
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
    return lockPath;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number(readFileSync(lockPath, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new DataDirectoryLockedError(
        `The data directory ${dataDir} is in use by process ${holder}. Stop that process first, or set OPENPROSPECT_DATA_DIR to another directory.`,
      );
    }
    unlinkSync(lockPath); // left behind by a process that died without cleaning up
    return acquireLock(dataDir);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Opens PGlite in `dataDir` (or in memory from a snapshot) and serves it on a loopback port. */
export async function startEmbeddedDatabase(options: { dataDir?: string; snapshot?: Blob }): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : "memory://";
  let lockPath: string | null = null;
  if (options.dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lockPath = acquireLock(dataDir);
  }
  try {
    const db = await PGlite.create(options.dataDir ? join(dataDir, "pg") : undefined, { loadDataDir: options.snapshot });
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 64 });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    const stop = async (): Promise<void> => {
      await server.stop();
      await db.close();
      if (lockPath && existsSync(lockPath)) unlinkSync(lockPath);
    };
    return { url, dataDir, pglite: db, stop };
  } catch (error) {
    if (lockPath && existsSync(lockPath)) unlinkSync(lockPath);
    throw error;
  }
}

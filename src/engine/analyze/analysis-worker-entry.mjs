// Worker threads do not inherit the process's tsx loader on Node 20, so the entry loads it itself.
import { tsImport } from "tsx/esm/api";

await tsImport("./analysis-worker.ts", import.meta.url);

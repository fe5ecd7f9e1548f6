// The baseline of the import bench: the same file through the same format reader, no database.
// Import rows/s divided by this is a ratio that survives the machine's load better than rows/s alone.
import { createReadStream } from "node:fs";
import { readerFor } from "../../src/core/company-imports/formats/index.ts";

const started = performance.now();
let rows = 0;
for await (const _row of readerFor("generic", "text/csv")(createReadStream(process.argv[2]!), { defaultCountry: null })) rows++;
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ rows, seconds, rows_per_s: Math.round(rows / seconds), peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }) + "\n");

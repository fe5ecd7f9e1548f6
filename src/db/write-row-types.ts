import { writeFileSync } from "node:fs";
import { startEmbeddedDatabase } from "./embedded.ts";
import { generateRowTypes } from "./generate-row-types.ts";
import { migrate } from "./migrate.ts";
import { createPool } from "./pool.ts";

// `npm run db:types` regenerates the committed generated-tables.ts from the migrations, on an
// in-memory PGlite so it needs no server; a test fails when the committed file is stale.
const database = await startEmbeddedDatabase({});
const pool = createPool(database.url, { max: 1, applicationName: "openprospect-db-types" });
try {
  await migrate(pool);
  writeFileSync(new URL("./generated-tables.ts", import.meta.url), await generateRowTypes(pool));
  process.stdout.write("src/db/generated-tables.ts written\n");
} finally {
  await pool.end();
  await database.stop();
}

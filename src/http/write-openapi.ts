import { writeFileSync } from "node:fs";
import { generateOpenApiDocument } from "./generate-openapi.ts";

// `npm run openapi` regenerates the committed openapi.json; a test fails when it is stale.
const document = await generateOpenApiDocument();
writeFileSync(new URL("../../openapi.json", import.meta.url), document);
process.stdout.write("openapi.json written\n");

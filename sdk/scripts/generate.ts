import { writeFileSync } from "node:fs";
import { GENERATED_TYPES, renderTypes } from "./render-types.ts";

writeFileSync(GENERATED_TYPES, await renderTypes());
process.stdout.write("sdk/src/generated/openapi.ts written\n");

import { readFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

export const OPENAPI_DOCUMENT = new URL("../../openapi.json", import.meta.url);
export const GENERATED_TYPES = new URL("../src/generated/openapi.ts", import.meta.url);

const HEADER = "// Generated from openapi.json by openapi-typescript (npm run openapi). Do not edit: a test fails when it is stale.\n\n";

/** The types file as it should be for the current openapi.json (the generator and the staleness test share it). */
export async function renderTypes(): Promise<string> {
  const document = JSON.parse(readFileSync(OPENAPI_DOCUMENT, "utf8"));
  const ast = await openapiTS(document, { alphabetize: false, exportType: true });
  return HEADER + astToString(ast);
}

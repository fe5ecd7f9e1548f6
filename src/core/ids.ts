import { uuidv7 } from "uuidv7";

/** Time-sortable UUIDs (v7), as the API documents ids. */
export function newId(): string {
  return uuidv7();
}

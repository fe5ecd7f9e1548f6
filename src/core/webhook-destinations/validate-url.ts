import type { FieldError } from "../errors.ts";

/** A receiver URL must be absolute http(s) and carry no credentials (those belong in auth_token). */
export function destinationUrlProblem(raw: string): FieldError | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { field: "url", message: "Must be an absolute URL" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { field: "url", message: "Must use https or http" };
  if (url.username || url.password) return { field: "url", message: "Must not contain credentials; use auth_type bearer" };
  if (!url.hostname) return { field: "url", message: "Must name a host" };
  return null;
}

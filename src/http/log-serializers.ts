import type { FastifyRequest } from "fastify";

const REDACTED = "[redacted]";

/**
 * The request as it appears in log lines. Query values are dropped (names kept): `search=` carries
 * names and e-mail addresses, and no query value is needed to read a log.
 */
export function requestLogFields(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: withoutQueryValues(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}

export function withoutQueryValues(url: string): string {
  const at = url.indexOf("?");
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split("&")
    .filter(Boolean)
    .map((pair) => `${pair.split("=")[0]}=${REDACTED}`);
  return `${url.slice(0, at)}?${names.join("&")}`;
}

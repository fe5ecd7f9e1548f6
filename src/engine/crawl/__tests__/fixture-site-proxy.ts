import { readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { join } from "node:path";

export const FIXTURE_ROOT = join(import.meta.dirname, "fixtures", "muster-elektro");

/**
 * A strict static host for the fixture site behind a loopback proxy: it serves exact file paths
 * and dir/index.html only, so the crawler's own clean-URL fallbacks are what make /impressum work.
 */
export async function startFixtureSiteProxy(host: string): Promise<{ proxyUrl: string; requested: string[]; close(): Promise<void> }> {
  const requested: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const target = targetOf(req);
    requested.push(target.pathname);
    if (target.hostname.replace(/^www\./, "") !== host) return void res.writeHead(502).end();
    if (target.pathname === "/alt-kontakt") return void res.writeHead(301, { location: "/kontakt.html" }).end();
    const blog = /^\/blog\/beitrag-(\d+)\.html$/.exec(target.pathname);
    if (blog) return void res.writeHead(200, { "content-type": "text/html" }).end(`<h1>Beitrag ${blog[1]}</h1><a href="/">Start</a>`);
    const file = join(FIXTURE_ROOT, target.pathname.endsWith("/") ? `${target.pathname}index.html` : target.pathname);
    if (!isFile(file)) return void res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>");
    const type = file.endsWith(".xml") ? "application/xml" : file.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8";
    res.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  // Like a plain-http test proxy: no TLS tunnels, so an https attempt fails at once.
  server.on("connect", (_req, socket: Socket) => socket.end("HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n"));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    proxyUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requested,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

// Virtual hosting by the Host header: the fetcher names the checked address in the request line.
function targetOf(req: IncomingMessage): URL {
  const target = new URL(req.url ?? "/", `http://${req.headers.host ?? "unknown"}`);
  if (req.headers.host) target.host = req.headers.host;
  return target;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

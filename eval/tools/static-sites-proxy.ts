import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { contentTypeFor } from "./content-types.ts";
import { resolveMountedFile } from "./resolve-static-file.ts";

export interface StaticSitesProxy {
  /** http://127.0.0.1:PORT — give it to the fetcher as `outboundProxy`. */
  proxyUrl: string;
  /** Serve `root` for this host name (and its www. twin); `mounts` are subfolders the site may be linked from. */
  addSite(host: string, root: string, mounts?: string[]): void;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy that answers absolute-form requests itself, serving each host's folder
 * the way a static host would (virtual hosting by host name). CONNECT (https) is refused.
 */
export async function startStaticSitesProxy(): Promise<StaticSitesProxy> {
  const sites = new Map<string, SiteRoot>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => void serve(sites, req, res));
  // Extractors hog the event loop between fetches; a short keep-alive would reset reused sockets.
  server.keepAliveTimeout = 60_000;
  server.on("connect", (_req, socket: Socket) => socket.end("HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n"));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    addSite(host, root, mounts = [""]) {
      sites.set(host.toLowerCase().replace(/^www\./, ""), { root, mounts });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

interface SiteRoot {
  root: string;
  mounts: string[];
}

async function serve(sites: Map<string, SiteRoot>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const target = new URL(req.url ?? "/", `http://${req.headers.host ?? "unknown"}`);
  // Virtual hosting by the Host header: the crawler sends the checked address in the request line.
  const hostname = req.headers.host ? new URL(`http://${req.headers.host}`).hostname : target.hostname;
  const site = sites.get(hostname.toLowerCase().replace(/^www\./, ""));
  const root = site?.root;
  const file = site && req.method === "GET" ? resolveMountedFile(site.root, site.mounts, target.pathname) : null;
  if (!file) {
    res.writeHead(root ? 404 : 502, { "content-type": "text/html; charset=utf-8" }).end("<h1>Not Found</h1>");
    return;
  }
  // Directory URLs without a trailing slash redirect, as GitHub Pages does.
  if (/[/\\]index\.html?$/.test(file) && !target.pathname.endsWith("/") && !/index\.html?$/.test(target.pathname)) {
    res.writeHead(301, { location: `${target.pathname}/${target.search}` }).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": contentTypeFor(file), "content-length": body.length }).end(body);
  } catch {
    res.writeHead(500).end();
  }
}

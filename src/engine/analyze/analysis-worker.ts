import { parentPort } from "node:worker_threads";
import { extractLinks } from "../crawl/extract-links.ts";
import { metaRefreshTarget } from "../crawl/meta-refresh-target.ts";
import { defaultExtractors } from "./default-extractors.ts";
import type { AnalysisRequest, AnalysisReply } from "./analysis-messages.ts";
import { extractSiteFacts } from "./site-facts.ts";

// Runs on a worker thread of the AnalysisPool: CPU-bound page analysis, one request at a time.
// The pool terminates this thread when a request outlives its budget, so nothing here needs a timeout.
const port = parentPort;
if (!port) throw new Error("analysis-worker.ts runs only as a worker thread");

function handle(request: AnalysisRequest): AnalysisReply {
  try {
    if (request.task === "pageLinks") {
      const { html, url, linkBase } = request.input;
      return { ok: true, value: { links: extractLinks(html, linkBase ?? url), refresh: metaRefreshTarget(html, url) } };
    }
    const errors: string[] = [];
    const facts = extractSiteFacts(defaultExtractors, request.input, (extractor, error) => errors.push(`${extractor}: ${(error as Error)?.message ?? String(error)}`));
    return { ok: true, value: { facts, errors } };
  } catch (error) {
    return { ok: false, error: (error as Error)?.message ?? String(error) };
  }
}

// Load the fingerprints and warm every extractor before saying ready: the pool's budgets count from
// the hand-over, and a cold first run would eat a page's budget on any replacement thread.
handle({ task: "siteFacts", input: { domain: "example.org", pages: [{ url: "https://example.org/", status: 200, headers: {}, contentType: "text/html", html: "<p>Example GmbH, info@example.org</p>", fetchedAt: new Date().toISOString() }] } });
port.on("message", (request: AnalysisRequest) => port.postMessage(handle(request)));
port.postMessage({ ready: true });

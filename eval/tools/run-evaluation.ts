import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeCrawl, type ExtractorSet } from "../../src/engine/analyze/index.ts";
import { crawlSite } from "../../src/engine/crawl/index.ts";
import type { Fetcher } from "../../src/engine/fetch/index.ts";
import { createEvalFetcher } from "./eval-fetcher.ts";
import { mountsOf, readCorpusSites, startUrlOf, type CorpusSite } from "./read-corpus-sites.ts";
import { runWithConcurrency } from "./run-with-concurrency.ts";
import { startStaticSitesProxy } from "./static-sites-proxy.ts";
import { toLabelPrediction } from "./to-label-prediction.ts";

export interface EvaluationOptions {
  corpusDir: string;
  outDir: string;
  siteIds?: string[];
  concurrency?: number;
  maxPages?: number;
  /** Null runs the crawl only (no predictions written), for crawl benchmarks. */
  extractors: ExtractorSet | null;
  log?: (line: string) => void;
}

export interface SiteRun {
  id: string;
  pages: number;
  failures: number;
  ms: number;
  error?: string;
}

/** Serve every corpus site on a loopback proxy, crawl and analyze each, write OUT/<id>.json. */
export async function runEvaluation(options: EvaluationOptions): Promise<SiteRun[]> {
  const sites = readCorpusSites(options.corpusDir, options.siteIds ?? []);
  const proxy = await startStaticSitesProxy();
  for (const site of sites) proxy.addSite(site.host, site.root, mountsOf(site));
  const fetcher = createEvalFetcher(proxy.proxyUrl);
  mkdirSync(join(options.outDir, "crawl"), { recursive: true });
  try {
    return await runWithConcurrency(sites, options.concurrency ?? 4, (site) => runSite(site, fetcher, options));
  } finally {
    await fetcher.close();
    await proxy.close();
  }
}

async function runSite(site: CorpusSite, fetcher: Fetcher, options: EvaluationOptions): Promise<SiteRun> {
  const started = Date.now();
  try {
    const crawl = await crawlSite(startUrlOf(site), { fetcher }, { maxPages: options.maxPages });
    const { pages, ...crawlLog } = crawl;
    writeJson(join(options.outDir, "crawl", `${site.id}.json`), { ...crawlLog, pages: pages.map((p) => p.url) });
    if (options.extractors) {
      const errors: string[] = [];
      const extraction = await analyzeCrawl(crawl, { fetcher, extractors: options.extractors, onExtractorError: (name, e) => errors.push(`${name}: ${String(e)}`) }, { domain: site.domain ?? site.host });
      writeJson(join(options.outDir, `${site.id}.json`), toLabelPrediction(extraction, { siteId: site.id, domain: site.domain }));
      for (const error of errors) options.log?.(`${site.id}: extractor error ${error}`);
    }
    const run = { id: site.id, pages: crawl.pages.length, failures: crawl.failures.length, ms: Date.now() - started };
    options.log?.(`${site.id}: ${run.pages} pages, ${run.failures} failed fetches, ${run.ms} ms`);
    return run;
  } catch (error) {
    options.log?.(`${site.id}: FAILED ${(error as Error).stack ?? String(error)}`);
    return { id: site.id, pages: 0, failures: 0, ms: Date.now() - started, error: String(error) };
  }
}


function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

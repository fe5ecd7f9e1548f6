import type { paths } from "./generated/openapi.ts";

// Every list answers `{items, total, limit, offset, has_more}`; two (order results, the delivery
// feed) also answer `next_cursor`, which is null on the last page. Iteration follows the cursor where
// there is one (it stays correct while rows are added) and the offset otherwise.

type JsonOk<Operation> = Operation extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;

/** GET paths whose 200 answer is a list envelope. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends { get: infer Operation } ? (JsonOk<Operation> extends { items: unknown[]; has_more: boolean } ? P : never) : never;
}[keyof paths];

export type ListItem<P extends ListPath> = paths[P] extends { get: infer Operation } ? (JsonOk<Operation> extends { items: (infer Item)[] } ? Item : never) : never;

type Operation<P extends ListPath> = paths[P] extends { get: infer O } ? O : never;
type Parameters<P extends ListPath> = Operation<P> extends { parameters: infer Params } ? Params : never;
/** The path and query parameters of a list, without the paging ones the iterator manages. */
export type ListParams<P extends ListPath> = {
  path?: Parameters<P> extends { path: infer Path } ? Path : never;
  query?: Parameters<P> extends { query?: infer Query } ? Omit<NonNullable<Query>, "offset" | "cursor"> : never;
};

export interface ListPage {
  items: unknown[];
  has_more: boolean;
  next_cursor?: string | null;
}

/** Fetches one page for the given query (the client supplies it, so auth and retries apply). */
export type PageFetcher = (query: Record<string, unknown>) => Promise<ListPage>;

export async function* iteratePages(fetchPage: PageFetcher, query: Record<string, unknown>): AsyncGenerator<unknown> {
  let paging: Record<string, unknown> = {};
  for (;;) {
    const page = await fetchPage({ ...query, ...paging });
    yield* page.items;
    if ("next_cursor" in page) {
      if (!page.next_cursor || !page.items.length) return;
      paging = { cursor: page.next_cursor };
    } else {
      if (!page.has_more || !page.items.length) return;
      paging = { offset: (Number(paging.offset ?? query.offset ?? 0) || 0) + page.items.length };
    }
  }
}

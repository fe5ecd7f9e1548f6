// A stable operationId for every route, derived from method and path so it never drifts from the
// route and never needs remembering when a route is added: GET /api/v1/orders/{order_id}/results
// → getOrdersByOrderIdResults; the admin API keeps an Admin prefix.

const VERB: Record<string, string> = { GET: "get", POST: "post", PUT: "put", PATCH: "patch", DELETE: "delete" };

export function operationIdFor(method: string, url: string): string {
  const segments = url
    .replace(/^\/api\/admin\/v1/, "/admin")
    .replace(/^\/api\/v1/, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const param = /^[:{]([^}]+)}?$/.exec(segment);
      return param ? `By${pascal(param[1]!)}` : pascal(segment);
    });
  const verb = VERB[method.toUpperCase()] ?? method.toLowerCase();
  return `${verb}${segments.join("") || "Root"}`;
}

function pascal(text: string): string {
  return text
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

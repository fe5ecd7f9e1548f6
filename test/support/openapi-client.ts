import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { call, type CallOptions } from "./test-app.ts";

const OPENAPI_ID = "https://openprospect.test/openapi.json";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type CallResult = Awaited<ReturnType<typeof call>>;

interface Operation {
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, unknown>;
}

export interface DocumentedOperation {
  method: Method;
  path: string;
  operation: Operation;
}

// ajv-formats ships CommonJS: depending on the loader its default import is the plugin or the module.
type FormatsPlugin = typeof addFormatsModule.default;
const addFormats: FormatsPlugin = (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

export function loadCommittedDocument(): OpenApiDocument {
  return JSON.parse(readFileSync(new URL("../../openapi.json", import.meta.url), "utf8"));
}

/** Every operation of the document, as `{method, path, operation}`. */
export function documentedOperations(document: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({ method: method.toUpperCase() as Method, path, operation })),
  );
}

/**
 * `call()` that checks every response against the committed OpenAPI document: the operation must
 * exist, the status must be documented for it, and the body must match that status's schema.
 * Any drift between the product and its document fails the calling test.
 */
export class OpenApiClient {
  /** `"GET /api/v1/orders/{order_id}" → statuses seen`, for coverage assertions. */
  readonly seen = new Map<string, Set<number>>();
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    private readonly app: () => FastifyInstance,
    readonly document: OpenApiDocument = loadCommittedDocument(),
  ) {
    // OpenAPI 3.1 schemas are JSON Schema 2020-12; the whole document is one schema resource so
    // `#/components/schemas/...` references resolve against it.
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(document as object, OPENAPI_ID);
  }

  async call(method: Method, url: string, options: CallOptions = {}): Promise<CallResult> {
    const response = await call(this.app(), method, url, options);
    this.check(method, url, response);
    if (response.statusCode < 300 && options.body && typeof options.body === "object") this.checkAcceptedBody(method, url, options.body);
    return response;
  }

  /** The documented path template a concrete URL belongs to. */
  templateOf(method: Method, url: string): string {
    const path = url.split("?")[0].replace(/(.)\/$/, "$1");
    const candidates = Object.keys(this.document.paths).filter(
      (template) => this.document.paths[template][method.toLowerCase()] && templatePattern(template).test(path),
    );
    if (!candidates.length) throw new Error(`${method} ${path} is not an operation of openapi.json`);
    // A literal segment beats a parameter (…/jobs/summary over a hypothetical …/jobs/{id}).
    return candidates.sort((a, b) => paramCount(a) - paramCount(b))[0];
  }

  private check(method: Method, url: string, response: CallResult): void {
    const template = this.templateOf(method, url);
    const label = `${method} ${template}`;
    const responses = this.document.paths[template][method.toLowerCase()].responses;
    const documented = responses[String(response.statusCode)] ?? responses.default;
    if (!documented) {
      throw new Error(`${label} answered ${response.statusCode}, which openapi.json does not document (documented: ${Object.keys(responses).join(", ")}); body: ${response.body}`);
    }
    if (!this.seen.has(label)) this.seen.set(label, new Set());
    this.seen.get(label)!.add(response.statusCode);
    const status = responses[String(response.statusCode)] ? String(response.statusCode) : "default";
    if (!documented.content?.["application/json"]) {
      if (response.body !== "") throw new Error(`${label} ${response.statusCode} documents no body but sent: ${response.body}`);
      return;
    }
    if (!String(response.headers["content-type"]).startsWith("application/json")) {
      throw new Error(`${label} ${response.statusCode} should be application/json, was ${response.headers["content-type"]}`);
    }
    const validate = this.validator(template, method, status);
    if (!validate(response.body_json)) {
      throw new Error(`${label} ${response.statusCode} body does not match openapi.json: ${this.ajv.errorsText(validate.errors, { separator: "\n  " })}\nbody: ${response.body.slice(0, 2000)}`);
    }
  }

  /** A request the product accepted must be one its document allows, or clients are misled. */
  private checkAcceptedBody(method: Method, url: string, body: object): void {
    const template = this.templateOf(method, url);
    if (!this.document.paths[template][method.toLowerCase()].requestBody) throw new Error(`${method} ${template} accepted a body it does not document`);
    const validate = this.schemaAt(["paths", template, method.toLowerCase(), "requestBody", "content", "application/json", "schema"]);
    if (!validate(body)) {
      throw new Error(`${method} ${template} accepted a request body openapi.json forbids: ${this.ajv.errorsText(validate.errors, { separator: "\n  " })}`);
    }
  }

  private validator(template: string, method: Method, status: string): ValidateFunction {
    return this.schemaAt(["paths", template, method.toLowerCase(), "responses", status, "content", "application/json", "schema"]);
  }

  private schemaAt(path: string[]): ValidateFunction {
    const pointer = path
      .map((part) => encodeURIComponent(part.replace(/~/g, "~0").replace(/\//g, "~1")))
      .join("/");
    const key = `${OPENAPI_ID}#/${pointer}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.getSchema(key);
      if (!validate) throw new Error(`openapi.json has no schema at ${key}`);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

function templatePattern(template: string): RegExp {
  const escaped = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[^/]+")}$`);
}

function paramCount(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenApiClient, type OpenApiDocument } from "../support/openapi-client.ts";

// A tiny document and app of our own: the client must turn every kind of drift into a failure.
const document: OpenApiDocument = {
  components: {
    schemas: {
      Error: { type: "object", properties: { code: { type: "string" } }, required: ["code"], additionalProperties: false },
    },
  },
  paths: {
    "/things/{id}": {
      get: {
        responses: {
          "200": { content: { "application/json": { schema: { type: "object", properties: { id: { type: "string", format: "uuid" } }, required: ["id"], additionalProperties: false } } } },
          "404": { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
      delete: { responses: { "204": {} } },
      put: { responses: { "200": {} } },
    },
    "/things/{id}/summary": { get: { responses: { "200": { content: { "application/json": { schema: { type: "object", required: ["total"] } } } } } } },
  },
};

const ID = "0190a6e4-5f3b-7c1d-8e2f-3a4b5c6d7e8f";
let app: FastifyInstance;
let replies: Record<string, { status: number; body?: unknown }>;
let client: OpenApiClient;

beforeAll(async () => {
  app = Fastify();
  app.all("/*", async (request, reply) => {
    const planned = replies[`${request.method} ${request.url}`];
    return planned.body === undefined ? reply.code(planned.status).send() : reply.code(planned.status).send(planned.body);
  });
  await app.ready();
  client = new OpenApiClient(() => app, document);
});
afterAll(() => app.close());

describe("OpenApiClient", () => {
  it("passes documented answers, resolving component references, and records what it saw", async () => {
    replies = { [`GET /things/${ID}`]: { status: 200, body: { id: ID } }, "GET /things/x/": { status: 404, body: { code: "THING_NOT_FOUND" } }, "DELETE /things/x": { status: 204 } };
    await client.call("GET", `/things/${ID}`);
    await client.call("GET", "/things/x/");
    await client.call("DELETE", "/things/x");
    expect(client.seen.get("GET /things/{id}")).toEqual(new Set([200, 404]));
  });

  it("prefers a literal path segment over a parameter", () => {
    expect(client.templateOf("GET", "/things/x/summary")).toBe("/things/{id}/summary");
  });

  it.each([
    ["a body that breaks the schema", "GET /things/a", { status: 200, body: { id: "not-a-uuid" } }, /does not match/],
    ["an extra field", "GET /things/b", { status: 200, body: { id: ID, extra: 1 } }, /does not match/],
    ["an error body that breaks a referenced schema", "GET /things/c", { status: 404, body: { message: "gone" } }, /does not match/],
    ["an undocumented status", "GET /things/d", { status: 409, body: { code: "CONFLICT" } }, /does not document/],
    ["a body where none is documented", "PUT /things/e", { status: 200, body: { updated: true } }, /documents no body/],
    ["an undocumented operation", "POST /things/f", { status: 200, body: {} }, /not an operation/],
  ])("fails on %s", async (_label, request, reply, message) => {
    replies = { [request]: reply };
    const [method, url] = request.split(" ") as ["GET" | "POST" | "PUT", string];
    await expect(client.call(method, url)).rejects.toThrow(message);
  });
});

// CSV in the browser: parsing what a client pastes or uploads, guessing which column is which order
// field, checking every row with the rules the API applies, and writing result exports.

/** RFC 4180 parsing: quoted fields, doubled quotes, CRLF or LF, a comma or semicolon delimiter. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const delimiter = guessDelimiter(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

export const ORDER_FIELDS = ["company_name", "website_url", "external_id", "city", "country"] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];
/** For each order field, the index of the CSV column it is read from, or null when none is. */
export type ColumnMapping = Record<OrderField, number | null>;

const HEADER_HINTS: Record<OrderField, RegExp> = {
  company_name: /^(company[ _-]?name|company|name|firma|unternehmen|organi[sz]ation)$/i,
  website_url: /^(website[ _-]?url|website|url|domain|homepage|web|site)$/i,
  external_id: /^(external[ _-]?id|id|crm[ _-]?id|source[ _-]?id|ref(erence)?)$/i,
  city: /^(city|town|ort|stadt)$/i,
  country: /^(country|land|country[ _-]?code)$/i,
};

/** Maps each order field to the first header that names it; the client can change every choice. */
export function guessMapping(header: string[]): ColumnMapping {
  const mapping = Object.fromEntries(ORDER_FIELDS.map((f) => [f, null])) as ColumnMapping;
  const taken = new Set<number>();
  for (const field of ORDER_FIELDS) {
    const index = header.findIndex((h, i) => !taken.has(i) && HEADER_HINTS[field].test(h.trim()));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

export type OrderCompany = Partial<Record<OrderField, string>>;

export interface RowCheck {
  /** 1-based line in the file, counting the header. */
  line: number;
  company: OrderCompany;
  errors: string[];
}

const LIMITS: Record<OrderField, number> = { company_name: 500, website_url: 2048, external_id: 200, city: 200, country: 100 };

/** The rows as order companies, each with the errors the API would answer 422 for. */
export function checkRows(rows: string[][], mapping: ColumnMapping): RowCheck[] {
  const firstLineOf = new Map<string, number>();
  return rows.map((cells, index) => {
    const line = index + 2;
    const company: OrderCompany = {};
    for (const field of ORDER_FIELDS) {
      const column = mapping[field];
      const value = column === null ? "" : (cells[column] ?? "").trim();
      if (value) company[field] = value;
    }
    const errors: string[] = [];
    if (!company.company_name && !company.website_url) errors.push("needs a company name or a website");
    if (company.website_url && !isWebsite(company.website_url)) errors.push(`website "${company.website_url}" is not an http(s) URL or a domain name`);
    for (const field of ORDER_FIELDS) {
      if ((company[field]?.length ?? 0) > LIMITS[field]) errors.push(`${field} is longer than ${LIMITS[field]} characters`);
    }
    if (company.external_id) {
      const first = firstLineOf.get(company.external_id);
      if (first !== undefined) errors.push(`external_id ${company.external_id} repeats line ${first}`);
      else firstLineOf.set(company.external_id, line);
    }
    return { line, company, errors };
  });
}

/** The API's rule (normalizeWebsiteUrl): an http(s) URL or a bare domain with a dot, no credentials. */
export function isWebsite(raw: string): boolean {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.username || url.password) return false;
  const host = url.hostname;
  return host.includes(".") && !host.endsWith(".") && !/[^a-z0-9.\-[\]:]/i.test(host);
}

/** CSV text with a header row; cells are quoted when needed, formulas neutralised for spreadsheets. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (value: string | number | null | undefined) => {
    let text = value === null || value === undefined ? "" : String(value);
    // A cell starting with = + - @ would run as a formula when the export is opened in a spreadsheet.
    if (/^[=+\-@\t\r]/.test(text) && typeof value !== "number") text = `'${text}`;
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

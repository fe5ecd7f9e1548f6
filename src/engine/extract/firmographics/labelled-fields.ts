import { FIELD_LABEL, labelKind, type LabelledFieldKind } from "./field-labels.ts";

/** One "label: value" pair read from a legal notice, with the index of the line it was read on. */
export interface LabelledField {
  kind: LabelledFieldKind;
  label: string;
  value: string;
  line: number;
}

// Identifiers are often printed without a colon ("KvK 12345678", "USt-IdNr. DE 123 456 789") and with a
// qualifier before it ("USt-IdNr. gemäß § 27a UStG: DE…"); names and courts need the colon to be fields.
const IDENTIFIER: ReadonlySet<LabelledFieldKind> = new Set(["vat_id", "register_number"]);
const QUALIFIER = /^\s*(?:\([^()]{0,40}\)|gem(?:ä|ae)(?:ß|ss)|nach|according to|under|conform[eé]ment|ai sensi)?[^:：\n]{0,50}?[:：]/iu;
const COLON = /^\s*(?:\([^()]{0,40}\))?\s*[:：]/u;
const VALUE_START = /^\s*(?:n[°º.]?\s*|no\.?\s*|nr\.?\s*|#\s*)?[:：]?\s*(?=[A-Z0-9])/u;
// Where one field of a footer line ends and the next begins: "KvK: 123 · BTW: NL…", "Tel. … | E-Mail …".
const FIELD_END = /\s[·•|]\s|\s*[;|•·]\s*|\s{2,}/u;
const FIELD_START = /(?:^|[\s·•|,;(–—-])$/u;

/**
 * Every labelled field of the lines of one page. A value ends where the next label of the same line
 * starts, at a field separator or at the end of the line; a label alone on its line takes the next line.
 */
export function labelledFields(lines: readonly string[]): LabelledField[] {
  const fields: LabelledField[] = [];
  lines.forEach((line, index) => {
    const starts = fieldStarts(line);
    starts.forEach((start, k) => {
      const end = k + 1 < starts.length ? starts[k + 1].at : line.length;
      let value = line.slice(start.valueAt, end);
      const separator = FIELD_END.exec(value);
      if (separator) value = value.slice(0, separator.index);
      value = value.replace(/^[\s:：]+|[\s,;:–—-]+$/gu, "");
      // A label alone on its line ("Handelsregister") heads the next line, unless that line is a field of its own.
      const next = lines[index + 1];
      if (!value && start.valueAt >= line.trimEnd().length && next !== undefined && fieldStarts(next)[0]?.at !== 0) value = next;
      if (value) fields.push({ kind: start.kind, label: start.label, value, line: index });
    });
  });
  return fields;
}

interface FieldStart {
  kind: LabelledFieldKind;
  label: string;
  at: number;
  valueAt: number;
}

function fieldStarts(line: string): FieldStart[] {
  const starts: FieldStart[] = [];
  for (const match of line.matchAll(FIELD_LABEL)) {
    const kind = labelKind(match[1]);
    const at = match.index ?? 0;
    if (!kind || !FIELD_START.test(line.slice(Math.max(0, at - 1), at))) continue;
    if (starts.length && at < starts[starts.length - 1].valueAt) continue;
    const after = line.slice(at + match[0].length);
    const colon = (IDENTIFIER.has(kind) ? QUALIFIER : COLON).exec(after);
    const bare = !colon && IDENTIFIER.has(kind) ? VALUE_START.exec(after) : null;
    const alone = !colon && !bare && after.trim() === "" && at === 0;
    if (!colon && !bare && !alone) continue;
    const valueAt = at + match[0].length + (colon?.[0].length ?? bare?.[0].length ?? after.length);
    starts.push({ kind, label: match[1], at, valueAt });
  }
  return starts;
}

// ReDoS guard, part 1: Wappalyzer's own trick of bounding every unbounded quantifier (`+` → {1,250},
// `*` → {0,250}, `{n,}` → {n,250}). Unlike Wappalyzer's plain string replace, this walks the regex so
// escaped `\+`/`\*` and characters inside `[...]` stay literal. It also spots nested repetition.

export const QUANTIFIER_BOUND = 250;

export interface BoundedRegexSource {
  source: string;
  /** A repeated group holds another repetition that can eat the group's own separator, e.g. `(a+)+`
   *  or `(.+\.)+`: bounding does not stop exponential backtracking there, so callers refuse it. */
  nestedRepetition: boolean;
}

interface GroupFrame {
  /** Leaf atoms (e.g. `\d`, `[^/]`, `.`) repeated anywhere inside this group. */
  repeatedAtoms: string[];
  /** Single characters every iteration of this group must match (`\.` in `(?:\d+\.)+`). */
  mandatoryLiterals: string[];
  hasAlternation: boolean;
}

type Token = { kind: "atom"; text: string } | { kind: "group"; frame: GroupFrame } | { kind: "none" };

export function boundRegexQuantifiers(pattern: string): BoundedRegexSource {
  let out = "";
  let nestedRepetition = false;
  const groups: GroupFrame[] = [newFrame()];
  let previous: Token = { kind: "none" };
  let i = 0;
  while (i < pattern.length) {
    const top = groups[groups.length - 1];
    const quantifier = readQuantifier(pattern, i);
    if (quantifier && previous.kind !== "none") {
      if (quantifier.repeats && previous.kind === "atom") top.repeatedAtoms.push(previous.text);
      if (quantifier.repeats && previous.kind === "group" && isAmbiguousRepetition(previous.frame)) {
        nestedRepetition = true;
      }
      if (quantifier.min >= 1 && previous.kind === "atom") addMandatoryLiteral(top, previous.text);
      out += quantifier.text;
      i = quantifier.end;
      previous = { kind: "none" };
      continue;
    }
    if (previous.kind === "atom") addMandatoryLiteral(top, previous.text);
    const step = readToken(pattern, i, groups);
    out += step.text;
    i = step.end;
    previous = step.token;
  }
  if (previous.kind === "atom") addMandatoryLiteral(groups[groups.length - 1], previous.text);
  return { source: out, nestedRepetition };
}

function newFrame(): GroupFrame {
  return { repeatedAtoms: [], mandatoryLiterals: [], hasAlternation: false };
}

function readToken(pattern: string, i: number, groups: GroupFrame[]): { text: string; end: number; token: Token } {
  const ch = pattern[i];
  if (ch === "\\") {
    const text = pattern.slice(i, i + 2);
    return { text, end: i + 2, token: { kind: "atom", text } };
  }
  if (ch === "[") {
    const end = findClassEnd(pattern, i);
    const text = pattern.slice(i, end);
    return { text, end, token: { kind: "atom", text } };
  }
  if (ch === "(") {
    groups.push(newFrame());
    const prefix = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_]\w*>))?/.exec(pattern.slice(i, i + 40))?.[0] ?? "(";
    return { text: prefix, end: i + prefix.length, token: { kind: "none" } };
  }
  if (ch === ")" && groups.length > 1) {
    const closed = groups.pop() as GroupFrame;
    groups[groups.length - 1].repeatedAtoms.push(...closed.repeatedAtoms);
    return { text: ch, end: i + 1, token: { kind: "group", frame: closed } };
  }
  if (ch === "|") groups[groups.length - 1].hasAlternation = true;
  const isAnchor = ch === "^" || ch === "$" || ch === "|";
  return { text: ch, end: i + 1, token: isAnchor ? { kind: "none" } : { kind: "atom", text: ch } };
}

function addMandatoryLiteral(frame: GroupFrame, atom: string): void {
  // An unescaped `.` matches anything, so only escaped punctuation and plain characters are literals.
  const literal = atom.length === 1 && atom !== "." ? atom : /^\\[^a-zA-Z0-9]$/.test(atom) ? atom[1] : null;
  if (literal !== null) frame.mandatoryLiterals.push(literal);
}

/** Repeating a group is safe when each iteration must match a character no inner repetition can eat. */
function isAmbiguousRepetition(frame: GroupFrame): boolean {
  if (frame.repeatedAtoms.length === 0) return false;
  if (frame.hasAlternation) return true;
  const atomMatchers = frame.repeatedAtoms.map(atomMatcher);
  return !frame.mandatoryLiterals.some((literal) => atomMatchers.every((m) => m !== null && !m.test(literal)));
}

function atomMatcher(atom: string): RegExp | null {
  try {
    return new RegExp(`^(?:${atom})$`, "i");
  } catch {
    return null;
  }
}

function findClassEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === "^") i += 1;
  if (pattern[i] === "]") return i + 1;
  while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
  return Math.min(i + 1, pattern.length);
}

interface Quantifier {
  text: string;
  end: number;
  min: number;
  /** Allows more than one repetition (so it can nest dangerously). */
  repeats: boolean;
}

function readQuantifier(pattern: string, i: number): Quantifier | null {
  const lazy = (end: number): number => (pattern[end] === "?" ? end + 1 : end);
  const ch = pattern[i];
  if (ch === "?") return { text: pattern.slice(i, lazy(i + 1)), end: lazy(i + 1), min: 0, repeats: false };
  if (ch === "+" || ch === "*") {
    const end = lazy(i + 1);
    const bound = ch === "+" ? `{1,${QUANTIFIER_BOUND}}` : `{0,${QUANTIFIER_BOUND}}`;
    return { text: bound + pattern.slice(i + 1, end), end, min: ch === "+" ? 1 : 0, repeats: true };
  }
  if (ch !== "{") return null;
  const braced = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 24));
  if (!braced) return null;
  const min = Number(braced[1]);
  const max = braced[2] === undefined ? min : braced[3] === "" ? Infinity : Number(braced[3]);
  const end = lazy(i + braced[0].length);
  const lazyMark = pattern.slice(i + braced[0].length, end);
  if (max === Infinity) {
    return { text: `{${min},${Math.max(min, QUANTIFIER_BOUND)}}${lazyMark}`, end, min, repeats: true };
  }
  return { text: braced[0] + lazyMark, end, min, repeats: max > 1 };
}

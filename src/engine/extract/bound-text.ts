// Untrusted pages can hold lines of hundreds of kilobytes; every line pattern downstream is at best
// linear per start position, so long lines and long words made extraction quadratic (issue 8).
// Text is bounded once, where page lines are produced, to sizes no human-readable fact exceeds.

/** No word of a fact is longer: an e-mail address is at most 254 characters (RFC 5321). */
export const MAX_WORD_CHARS = 256;
/** Longer lines are prose or junk; they are cut at word boundaries into pieces of at most this size. */
export const MAX_LINE_CHARS = 1000;
/** Visible text kept per page region: an imprint or a team page is a few ten thousand characters. */
export const MAX_TEXT_CHARS = 300_000;

/**
 * One whitespace-collapsed line as pieces of at most MAX_LINE_CHARS, without words longer than
 * MAX_WORD_CHARS (those are dropped: no address, name or number is that long). Linear time.
 */
export function boundLine(line: string): string[] {
  if (line.length <= MAX_WORD_CHARS) return line ? [line] : [];
  const pieces: string[] = [];
  let piece = "";
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line.charCodeAt(i) !== 32) continue;
    if (i > start && i - start <= MAX_WORD_CHARS) {
      const word = line.slice(start, i);
      if (piece.length + 1 + word.length > MAX_LINE_CHARS && piece) {
        pieces.push(piece);
        piece = "";
      }
      piece = piece ? `${piece} ${word}` : word;
    }
    start = i + 1;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Bounds every line and stops once MAX_TEXT_CHARS of text are kept. */
export function boundLines(lines: Iterable<string>): string[] {
  const kept: string[] = [];
  let total = 0;
  for (const line of lines) {
    for (const piece of boundLine(line)) {
      if (total + piece.length > MAX_TEXT_CHARS) return kept;
      total += piece.length;
      kept.push(piece);
    }
  }
  return kept;
}

// One matcher input prepared once per page for the regex prefilters (regex-required-literals.ts):
// its lower-cased copy, for required substrings, its set of words, for required whole words, and
// (built on first use) its words sorted, for required word beginnings.

export interface SearchableText {
  lower: string;
  words: Set<string>;
  sortedWords?: string[];
}

/** Words as the prefilters extract them: runs of letters, digits, `_` and `-`. */
const WORD_SEPARATORS = /[^a-z0-9_-]+/;

export function makeSearchable(raw: string): SearchableText {
  const lower = raw.toLowerCase();
  return { lower, words: new Set(lower.split(WORD_SEPARATORS)) };
}

/** True when some word of the text starts with `prefix` (binary search over the sorted words). */
export function hasWordStartingWith(text: SearchableText, prefix: string): boolean {
  const sorted = (text.sortedWords ??= [...text.words].sort());
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low].startsWith(prefix);
}

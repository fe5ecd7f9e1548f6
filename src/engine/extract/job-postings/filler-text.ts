// Site templates ship sample postings whose text is filler ("Lorem ipsum", "Replace this content …"); a title
// whose own card or page is filler is a template slot ("Position 1"), not an opening.
const FILLER_TEXT =
  /\blorem\s+ipsum\b|\bdolor\s+sit\s+amet\b|\breplace\s+this\s+(?:content|text)\b|\bthis\s+is\s+a\s+(?:template|sample|dummy)\s+(?:page|text|job|posting)\b|\b(?:blindtext|platzhaltertext|texte\s+factice)\b/iu;

/** The text is, or contains, template filler. */
export function hasFillerText(text: string): boolean {
  return FILLER_TEXT.test(text);
}

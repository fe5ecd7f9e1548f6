// Gender markers that German-speaking (and some other) employers attach to every job title.

const PARENTHESISED =
  /\(\s*(?:[mwfdxi]|div|divers)(?:\s*[/|,]\s*(?:[mwfdxi]|div|divers)){1,3}\s*\)|\(\s*all\s+genders?\s*\)|\(\s*gn\s*\)|\(\s*genderneutral\s*\)/iu;
const INLINE = /\p{L}(?::in(?:nen)?|\*in(?:nen)?|_in(?:nen)?|\/-?in(?:nen)?|\/-?frau|\(in\))(?=$|[^\p{L}])/u;
// French inclusive writing marks the feminine ending the same way: "Technicien(ne)", "Débutant(e)", "Vendeur·se".
const FRENCH_INLINE = /\p{Ll}(?:\((?:e|ne|se|euse|rice|ère)\)|·(?:e|ne|se|euse|rice|ère)(?=$|[^\p{L}]))/u;

/** A parenthesised marker like "(m/w/d)" or "(all genders)": a strong sign of a job title. */
export function hasParenthesisedGenderMarker(text: string): boolean {
  return PARENTHESISED.test(text);
}

/** An inline gendered form like "Elektroniker:in", "Kauffrau/-mann", "Monteur*in". */
export function hasInlineGenderMarker(text: string): boolean {
  return INLINE.test(text) || FRENCH_INLINE.test(text);
}

/** The title without gender markers, used to compare titles. */
export function stripGenderMarkers(text: string): string {
  return text
    .replace(new RegExp(PARENTHESISED.source, "giu"), " ")
    .replace(/(?::in(?:nen)?|\*in(?:nen)?|_in(?:nen)?|\/-?in(?:nen)?|\(in\))(?=$|[^\p{L}])/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

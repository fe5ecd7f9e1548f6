// Pages without an html lang attribute: the commonest function words tell the main languages apart.
const MARKERS: Record<string, RegExp> = {
  de: /\b(und|der|die|das|ist|mit|für|nicht|wir|auf|sie|ihre?)\b/gi,
  en: /\b(the|and|of|to|with|for|is|are|our|you|your|we)\b/gi,
  fr: /\b(le|la|les|et|des|est|pour|avec|nous|vous|une)\b/gi,
  nl: /\b(het|een|en|van|voor|met|niet|wij|onze|zijn)\b/gi,
  es: /\b(el|los|las|y|para|con|una|nuestro|nuestra|es|del)\b/gi,
  it: /\b(il|gli|e|per|con|una|della|nostro|nostra|sono|del)\b/gi,
};

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  let best: string | null = null;
  let bestCount = 10;
  for (const [lang, pattern] of Object.entries(MARKERS)) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}

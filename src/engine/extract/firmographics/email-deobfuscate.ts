// Sites hide addresses from harvesters in a handful of recurring ways; each is undone here so the
// plain-text scanner sees a normal address afterwards.

/** Cloudflare email protection: first byte is the XOR key for the remaining hex pairs. */
export function decodeCfEmail(hex: string): string | null {
  if (!/^[0-9a-f]{4,}$/i.test(hex) || hex.length % 2) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = "";
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}

const AT = /\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>|\s@\s|\[@\]|\(@\)|＠)\s*/gi;
// A bare " at " is ordinary prose ("visit us at www…"), so it only counts between address-like tokens.
const SPOKEN_AT = /\b([a-z0-9][a-z0-9._-]*)\s+(?:at|ät)\s+([a-z0-9-]+(?:\s*(?:\.|\s(?:dot|punkt)\s|\((?:dot|punkt)\)|\[(?:dot|punkt)\])\s*[a-z0-9-]+)+)/gi;
const PROSE_WORDS = /^(us|me|them|him|her|uns|is|are|was|be|available|reach|call|email|mail|write|contact|find|visit|based|located|look|here|there|online|home|work)$/i;
const DOT = /\s*(?:\[\s*(?:dot|punkt|point)\s*\]|\(\s*(?:dot|punkt|point)\s*\)|\{\s*(?:dot|punkt)\s*\}|\s(?:dot|punkt)\s)\s*/gi;

/** Rewrites "[at]", "(at)", " at ", "(dot)" … into "@" and "." inside one line of text. */
export function deobfuscateText(line: string): string {
  const normalized = line.replace(/[\u2010\u2011\u2012\u2013]/g, "-").replace(/\u200b|\u00ad/g, "");
  if (!/(at|@|＠)/i.test(normalized)) return normalized;
  const spoken = normalized.replace(SPOKEN_AT, (all, local: string, domain: string) =>
    PROSE_WORDS.test(local) || /^www\b/i.test(domain) ? all : `${local}@${domain}`);
  return spoken.replace(AT, "@").replace(DOT, ".");
}

/** Joins JavaScript string concatenations ('info' + '@' + 'firma.de') so the address reappears. */
export function joinJsConcatenation(script: string): string {
  return script.replace(/(['"])\s*\+\s*(['"])/g, "");
}

// Matched around each "@" rather than from every start position: a pattern that begins with the local
// part rescans a long run of address characters without "@" from each of its characters (quadratic).
const LOCAL_CHAR = /[a-z0-9._%+-]/i;
const ALNUM = /[a-z0-9]/i;
const DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/iy;
/** RFC 5321 limits: local part 64, domain 255 characters. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
const FILE_SUFFIX = /\.(png|jpe?g|gif|svg|webp|avif|css|js|ico|pdf|mp4)$/i;
const PLACEHOLDER_DOMAIN = /(^|\.)(example\.(com|org|net|de)|domain\.(com|de|tld)|yourdomain\.\w+|email\.com|sentry\.io|wixpress\.com|sentry-next\.wixpress\.com|mustermann\.de|musterfirma\.de|beispiel\.de|test\.com)$/i;

/** Every plausible address in a string, lower-cased, with placeholders and file names dropped. */
export function findEmails(text: string): string[] {
  const found: string[] = [];
  let consumed = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", Math.max(at + 1, consumed))) {
    const match = emailAround(text, at, consumed);
    if (!match) continue;
    consumed = match.end;
    const email = match.text.toLowerCase().replace(/\.+$/, "");
    if (isPlausibleEmail(email)) found.push(email);
  }
  return found;
}

/** The address whose "@" is at `at`: the run of local-part characters before it (starting with a letter or digit), the domain after. */
function emailAround(text: string, at: number, notBefore: number): { text: string; end: number } | null {
  let start = at;
  while (start > notBefore && at - start <= MAX_LOCAL && LOCAL_CHAR.test(text[start - 1])) start--;
  while (start < at && !ALNUM.test(text[start])) start++;
  if (start === at || at - start > MAX_LOCAL) return null;
  const window = text.slice(at + 1, at + 1 + MAX_DOMAIN);
  DOMAIN.lastIndex = 0;
  const domain = DOMAIN.exec(window);
  if (!domain) return null;
  return { text: `${text.slice(start, at)}@${domain[0]}`, end: at + 1 + domain[0].length };
}

export function isPlausibleEmail(email: string): boolean {
  const [local, domain] = email.split("@");
  if (!local || !domain || domain.includes("..") || local.includes("..")) return false;
  if (FILE_SUFFIX.test(email) || /@\d+x\./.test(email)) return false;
  if (PLACEHOLDER_DOMAIN.test(domain)) return false;
  return !/^(name|vorname|max|your|ihre?|user|username|email|e-mail|mail)\.?(name|nachname|mustermann)?$/i.test(local) || !/muster|example|domain/i.test(domain);
}

import type { RoleClass } from "../../types.ts";

// Ordered by precedence: a role text naming several functions ("Geschäftsführer; Gründer;
// Verantwortlich nach § 18 MStV") takes the class of the strongest one it mentions.
const EXTERNAL = /steering committee|advisory (?:board|committee)|\bbeirat\b|kuratorium|\(extern\)|externe?r?\s+datenschutz/i;
const OWNER =
  /\b(?:praxis|betriebs|medien)?inhaber(?:in)?\b|\bowner\b|\bproprietor\b|propriétaire|\beigenaar\b|\btitular\b|\bpropietari[oa]\b|\btitolare\b|einzelunternehmer(?:in)?|sole (?:trader|proprietor|practitioner)|operated by|(?<!geschäftsführende[rn]?\s|geschäftsführer\s?[-/&]\s?)gesellschafter(?:in)?\b(?!-?\s?geschäftsführer)/i;
const MANAGING_DIRECTOR =
  /geschäftsführ|managing partner|gesch\.-?f\.|managing director|\bmd\b|general manager|\bgérant(?:e)?\b|directeur général|directrice générale|président directeur général|\bpdg\b|zaakvoerder|algemeen directeur|\bbestuurders?\b|director general|director gerente|\bgerente\b|amministratore (?:delegato|unico)|administrador(?:a)? (?:único|única|solidari[oa]|mancomunad[oa])/i;
const EXECUTIVE =
  /\bchair(?:man|woman|person)?\b|\btreasurer\b|\bprincipal\b|vorstand|vorst(?:ä|ae)nde|vorsitz|\bobmann|\bobfrau|kassier|schatzmeister|kassenwart|schriftführer|präsident|\bpresident\b|président|presidente|verwaltungsrat|aufsichtsrat|\bboard\b|\bchief\b|\bc[eotfi]o\b|vice[- ]president|geschäftsleitung|executive director|gesellschafter|\bpartner(?:in)?\b|founder|fondat|gründer|oprichter|fundador|\bpastor\b|voorzitter|penningmeester|secretaris|\b(?:committee|board|company|club) secretary\b|tesorer|\bdirector(?:a|s)?\b(?! (?:of|de|del|di)\b)|\bdirekt(?:or|orin)\b|\bdirecteur\b(?! de)|\bdirectrice\b(?! de)|\bdirettore\b(?! d)|\bamministratore\b|\badministrador(?:a)?\b/i;
const MANAGER =
  /\bcontroller\b|leiter|leitung|\bhead\b|\bhod\b|director of|directeur de(?! la publication)|directora? de|manager|\b(?:team ?|tech(?:nical)? |project |engineering |development |design |sales |data ?)lead\b|supervisor|\bchef\b|[a-zäöüß]chef(?:in)?\b|\bhoofd\b|\bjef[ea]\b|responsabile|\bresponsable\b(?! (?:de (?:la )?)?publication)/i;
const CONTENT_RESPONSIBLE =
  /verantwortlich|responsible for (?:the )?content|v\.\s?i\.\s?s\.\s?d\.\s?p|directeur de (?:la )?publication|responsable (?:de (?:la )?)?publication|\bwebmaster\b|redaktionell|inhaltlich|§\s?(?:18|55)\b|\bmstv\b|\brstv\b|verantwoordelijke/i;
const OTHER =
  /\bcommittee member|datenschutzbeauftragte|data protection officer|\bdpo\b|délégué à la protection|functionaris gegevensbescherming|handelsvertret|collaborator|\badvis[oe]r|consultant|\bmentor|ehrenamt|ambassador|volunteer|freelance|freiberuflich|sohn|tochter|ehefrau|ehemann/i;

const LANGUAGE_EXTRAS: Record<string, Array<[RegExp, RoleClass]>> = {
  en: [[/\bdirectors?\b(?! of)/i, "managing_director"]],
  fr: [[/\bgérant|\bdirigeant/i, "managing_director"]],
  nl: [[/\bdirecteur\b(?! van)/i, "managing_director"]],
  es: [[/\badministrador/i, "managing_director"]],
  it: [[/\bamministratore/i, "managing_director"]],
};

// Assistants "of the management" work for an executive; they are not one.
const ASSISTANT = /assist\w*\s+(?:der|des|to|of|de|van|di)\b|sekretär|(?<!committee |board |company |club )\bsecretary\b(?! general)|personal assistant/i;

// The last word is the rank: a "Project Manager Associate" or "Marketing Manager Trainee" is staff, not a manager.
const JUNIOR_HEAD = /\b(?:associate|assistant|trainee|intern|apprentice|praktikant(?:in)?|auszubildende[rn]?)\s*$/i;

const ORDER: Array<[RegExp, RoleClass]> = [
  [EXTERNAL, "other"],
  [ASSISTANT, "employee"],
  [JUNIOR_HEAD, "employee"],
  [OWNER, "owner"],
  [MANAGING_DIRECTOR, "managing_director"],
  [EXECUTIVE, "executive"],
  [MANAGER, "manager"],
  [OTHER, "other"],
];

/** Maps a free-text role ("Leiter Vertrieb", "Gérant", "Co-founder") to the shared role classes. */
export function classifyRole(roleText: string, language?: string): RoleClass {
  const text = roleText.trim();
  if (!text) return "other";
  const extras = LANGUAGE_EXTRAS[language ?? ""] ?? [];
  for (const [pattern, roleClass] of [...extras, ...ORDER]) if (pattern.test(text)) return roleClass;
  if (CONTENT_RESPONSIBLE.test(text)) return onlyContentResponsibility(text) ? "content_responsible" : "employee";
  return "employee";
}

function onlyContentResponsibility(text: string): boolean {
  const rest = text.split(/[;|]/).filter((part) => !CONTENT_RESPONSIBLE.test(part));
  return rest.every((part) => !part.trim());
}

const PRECEDENCE: RoleClass[] = ["owner", "managing_director", "executive", "manager", "employee", "content_responsible", "other"];

/** The stronger of two role classes, used when one person is seen with several roles. */
export function strongerRoleClass(a: RoleClass, b: RoleClass): RoleClass {
  return PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b;
}

/** True when the text names a role we recognise (used to accept a line as someone's role). */
export function mentionsKnownRole(text: string): boolean {
  return [OWNER, MANAGING_DIRECTOR, EXECUTIVE, MANAGER, CONTENT_RESPONSIBLE, OTHER].some((p) => p.test(text));
}

/** True for roles that only a person holds in the company (owner to manager), not advisers or agents. */
export function mentionsLeadershipRole(text: string): boolean {
  return [OWNER, MANAGING_DIRECTOR, EXECUTIVE, MANAGER].some((p) => p.test(text));
}

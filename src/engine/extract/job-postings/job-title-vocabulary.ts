// Multilingual vocabulary that marks a short text as a job title. German titles are compounds
// ("Kfz-Mechatroniker", "Betreuungskraft"), so German stems match at the end of a word.

const GERMAN_STEMS = [
  "mechatroniker", "mechaniker", "techniker", "elektroniker", "elektriker", "installateur", "monteur",
  "meister", "kaufmann", "kauffrau", "kaufleute", "fachkraft", "kraft", "helfer", "aushilfe", "haushaltshilfe",
  "mitarbeiter", "bearbeiter", "berater", "referent", "leiter", "leitung", "assistent", "assistenz", "fahrer",
  "pfleger", "erzieher", "koch", "köchin", "bäcker", "maler", "lackierer", "tischler", "schreiner", "zimmerer",
  "dachdecker", "maurer", "gärtner", "ingenieur", "informatiker", "entwickler", "programmierer", "planer",
  "zeichner", "dreher", "fräser", "schlosser", "schweißer", "verkäufer", "disponent", "buchhalter",
  "angestellte", "angestellter", "azubi", "auszubildende", "auszubildender", "praktikant", "werkstudent",
  "volontär", "technologe", "therapeut", "arzt", "ärztin", "sekretär", "hausmeister", "lagerist", "logistiker",
  "kommissionierer", "facharbeiter", "begleiter", "betreuer", "manager", "designer", "consultant", "trainee",
  "polier", "geselle", "kundendienst", "mechanikerin", "spezialist", "koordinator", "administrator", "redakteur",
  "fachangestellte", "fachangestellter", "elektrotechniker", "verfahrensmechaniker", "bauleiter", "vertriebler",
];

const WHOLE_WORDS = [
  // en
  "engineer", "developer", "designer", "manager", "representative", "technician", "intern", "internship",
  "assistant", "analyst", "consultant", "specialist", "coordinator", "administrator", "architect", "scientist",
  "researcher", "officer", "director", "accountant", "bookkeeper", "receptionist", "nurse", "driver",
  "electrician", "plumber", "carpenter", "mechanic", "operator", "associate", "executive", "advisor", "adviser",
  "agent", "clerk", "cook", "chef", "waiter", "waitress", "cleaner", "supervisor", "tester", "writer", "editor",
  "marketer", "recruiter", "programmer", "trainee", "apprentice", "apprenticeship", "salesperson", "optometrist",
  "optician", "therapist", "counsellor", "counselor", "teacher", "tutor", "lecturer", "producer", "planner",
  "estimator", "foreman", "labourer", "laborer", "installer", "fitter", "welder", "machinist", "technologist",
  "strategist", "lead", "head", "intern", "paralegal", "hygienist", "pharmacist", "caregiver", "bartender",
  "secretary", "solicitor", "lawyer", "attorney", "dentist", "veterinarian", "surveyor", "inspector", "dispatcher",
  "courier", "roofer", "bricklayer", "joiner", "barista", "cashier", "hairdresser", "stylist", "physiotherapist",
  "carer", "housekeeper", "porter", "storekeeper", "buyer", "controller", "auditor",
  // fr
  "développeur", "developpeur", "ingénieur", "technicien", "technicienne", "chargé", "chargée", "responsable",
  "commercial", "stagiaire", "alternance", "alternant", "apprenti", "comptable", "vendeur", "vendeuse",
  "conseiller", "conseillère", "serveur", "cuisinier", "opérateur", "opératrice", "infirmier", "infirmière",
  "développeuse", "developpeuse", "ingénieure", "secrétaire", "assistante", "serveuse", "cuisinière",
  "débutant", "débutante", "ouvrier", "ouvrière", "manœuvre", "maçon", "électricien", "électricienne", "plombier",
  // nl
  "medewerker", "ontwikkelaar", "stagiair", "vakman", "adviseur", "verkoper", "chauffeur", "leerling",
  "leidinggevende", "timmerman", "schilder", "loodgieter", "elektricien", "verpleegkundige", "monteur",
  // es
  "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "técnico", "técnica", "becario", "becaria",
  "administrativo", "administrativa", "auxiliar", "encargado", "encargada", "dependiente", "comercial",
  "camarero", "camarera", "cocinero", "cocinera", "programador", "programadora", "enfermero", "enfermera",
  // it
  "sviluppatore", "sviluppatrice", "ingegnere", "tecnico", "commerciale", "stagista", "tirocinante", "addetto",
  "addetta", "impiegato", "impiegata", "magazziniere", "cameriere", "cuoco", "operaio", "progettista",
];

const stems = GERMAN_STEMS.map((s) => s.toLowerCase());
const words = new Set(WHOLE_WORDS.map((w) => w.toLowerCase()));

/** True when one of the words of `title` is a job noun (English plural and German feminine forms accepted). */
export function hasJobVocabulary(title: string): boolean {
  const tokens = title.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return tokens.some((token) => {
    const base = token.replace(/(innen|in)$/u, "");
    if (words.has(token) || words.has(token.replace(/s$/u, ""))) return true;
    return stems.some((stem) => token.endsWith(stem) || base.endsWith(stem) || token.endsWith(stem + "e"));
  });
}

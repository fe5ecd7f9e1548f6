// Occupation words (substrings, so German compounds like "Servicetechniker" match). A caption with
// none of these and no management role is more likely a product or service name than a job title.
const JOB_WORD = new RegExp(
  [
    "entwickler", "techniker", "mechani", "mechatroni", "berat", "betreu", "hilfe", "kraft", "assistent", "angestellte",
    "kauffrau", "kaufmann", "kaufm\\.", "mitarbeiter", "sachbearbeit", "buchhalt", "monteur", "elektriker", "meister",
    "geselle", "azubi", "auszubildend", "praktikant", "trainer", "tester", "testautomat", "ingenieur", "architekt",
    "designer", "planer", "verwaltung", "backoffice", "office", "marketing", "vertrieb", "support", "service", "empfang",
    "sekretariat", "disposition", "einkauf", "therapeut", "ärzt", "arzt", "pfleg", "erzieh", "lehrer", "coach", "developer",
    "engineer", "assistant", "associate", "analyst", "scientist", "research", "specialist", "consultant", "coordinator",
    "administrat", "technician", "accountant", "bookkeep", "therapist", "optometrist", "counsel", "nurse", "teacher",
    "advis", "agent", "representative", "officer", "intern\\b", "apprentice", "fellow", "sysadmin", "devops", "writer",
    "editor", "photograph", "receptionist", "secretary", "clerk", "estimator", "surveyor", "electrician", "plumber",
    "carpenter", "driver", "operator", "\\bchef\\b", "stylist", "friseur", "practitioner", "dentist", "hygienist", "lawyer",
    "attorney", "solicitor", "paralegal", "anwalt", "anwältin", "steuerfach", "sales", "customer success", "développeu",
    "ingénieu", "comptable", "conseill", "technicien", "commercial", "medewerker", "adviseur", "ontwikkelaar", "técnic",
    "ingenier", "asesor", "desarroll", "contable", "tecnic", "sviluppat", "consulent", "impiegat", "collaborat",
    "programm", "informatik", "vertret", "fachinformatik", "full-stack", "full stack", "front-end", "frontend", "back-end", "backend",
    // Trades and professions of small firms and practices, and their Dutch/French/Spanish/Italian forms.
    "notar", "notai", "avocat", "avvocat", "abogad", "advocaat", "steuerberat", "wirtschaftsprüf", "hebamme", "verkäuf",
    "fahrer", "lagerist", "logistik", "konditor", "bäcker", "\bkoch\b", "köchin", "gärtner", "schreiner", "tischler",
    "installateur", "fliesenleger", "dachdecker", "zimmerer", "maurer", "maler\b", "lackierer", "optiker", "akustiker",
    "analist", "analista", "assistente", "segretari", "infermier", "enfermer", "infirmi", "verpleeg", "secrétaire",
    "secretari", "gestor", "dental", "hygien", "physician", "surgeon", "veterinar", "tierarzt", "tierärzt",
  ].join("|"),
  "iu",
);

/** True when the text names an occupation ("Servicetechniker", "Web Developer", "Backoffice"). */
export function mentionsJobWord(text: string): boolean {
  return JOB_WORD.test(text);
}

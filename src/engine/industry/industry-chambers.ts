import type { LexiconEntry } from "./lexicon-entry.ts";

// Professional chambers, regulators and registers a member has to name in its imprint or footer.
// Naming one is the strongest evidence a site gives about its trade, so these weigh more than any keyword.
export const CHAMBER_TERMS: LexiconEntry[] = [
  { code: "69.20", weight: 4, kind: "chamber",
    en: "institute of chartered accountants|icaew|acca member*|association of chartered certified accountants|cpa australia|chartered accountants australia|institute of certified public accountants|aicpa|ca anz|icai",
    de: "steuerberaterkammer|wirtschaftspruferkammer|bundessteuerberaterkammer|steuerberatungsgesetz|berufsordnung der steuerberater|expertsuisse|treuhand suisse|kammer der steuerberater",
    fr: "ordre des experts comptables|compagnie des commissaires aux comptes", nl: "nba|nederlandse beroepsorganisatie van accountants|register belastingadviseurs", es: "colegio de economistas|registro de economistas asesores fiscales", it: "ordine dei dottori commercialisti|ordine dei commercialisti|albo dei dottori commercialisti" },
  { code: "69.10", weight: 4, kind: "chamber",
    en: "solicitors regulation authority|sra number|sra id|regulated by the sra|law society|bar association|state bar|bar council|legal practice board|admitted to practice",
    de: "rechtsanwaltskammer|notarkammer|patentanwaltskammer|bundesrechtsanwaltskammer|bundesrechtsanwaltsordnung|brao|berufsordnung fur rechtsanwalte|schweizerischer anwaltsverband|anwaltsregister",
    fr: "ordre des avocats|barreau de|chambre des notaires", nl: "nederlandse orde van advocaten|orde van advocaten|koninklijke notariele beroepsorganisatie", es: "colegio de abogados|ilustre colegio de abogados|colegio notarial", it: "ordine degli avvocati|consiglio dell ordine|consiglio notarile" },
  { code: "86.23", weight: 4, kind: "chamber",
    en: "general dental council|gdc number|gdc registration|american dental association|dental board", de: "zahnarztekammer|landeszahnarztekammer|kassenzahnarztliche vereinigung|kzv|bundeszahnarztekammer",
    fr: "ordre des chirurgiens dentistes", nl: "knmt", es: "colegio de odontologos|colegio de dentistas", it: "ordine dei medici chirurghi e degli odontoiatri|albo degli odontoiatri" },
  { code: "86", weight: 4, kind: "chamber",
    en: "general medical council|gmc number|care quality commission|ahpra|medical board", de: "arztekammer|landesarztekammer|kassenarztliche vereinigung|berufsordnung fur arzte|approbation:2|psychotherapeutenkammer",
    fr: "ordre des medecins|conseil de l ordre des medecins", nl: "big register|big geregistreerd|big nummer", es: "colegio de medicos|colegio oficial de medicos", it: "ordine dei medici|albo dei medici" },
  { code: "86.90", weight: 4, kind: "chamber",
    en: "health and care professions council|hcpc registered|chartered society of physiotherapy|physiotherapy board|occupational therapy board|british association for counselling|bacp|ndis registered provider:2",
    de: "heilpraktikergesetz|erlaubnis zur ausubung der heilkunde|physiotherapeutengesetz|berufsbezeichnung physiotherapeut",
    fr: "ordre des masseurs kinesitherapeutes|ordre des kinesitherapeutes", nl: "kngf|skf register", es: "colegio de fisioterapeutas", it: "albo dei fisioterapisti|ordine degli psicologi" },
  { code: "75", weight: 4, kind: "chamber",
    en: "royal college of veterinary surgeons|rcvs|veterinary board", de: "tierarztekammer|landestierarztekammer", fr: "ordre des veterinaires", nl: "kngd|diergeneeskunderegister", es: "colegio de veterinarios", it: "ordine dei veterinari|ordine dei medici veterinari" },
  { code: "47.73", weight: 4, kind: "chamber", en: "general pharmaceutical council|gphc", de: "apothekerkammer|landesapothekerkammer", fr: "ordre des pharmaciens", es: "colegio de farmaceuticos", it: "ordine dei farmacisti" },
  { code: "71.11", weight: 4, kind: "chamber", en: "royal institute of british architects|riba chartered|architects registration board|american institute of architects", de: "architektenkammer|bundesarchitektenkammer", fr: "ordre des architectes", nl: "architectenregister", es: "colegio de arquitectos|colegio oficial de arquitectos", it: "ordine degli architetti" },
  { code: "71.12", weight: 4, kind: "chamber", en: "engineering council|chartered engineer", de: "ingenieurkammer|ingenieurekammer|bundesingenieurkammer", fr: "ordre des ingenieurs", es: "colegio de ingenieros", it: "ordine degli ingegneri" },
  { code: "68", weight: 3, kind: "chamber", en: "propertymark|national association of estate agents|property ombudsman|rics regulated", de: "erlaubnis nach 34c|34c gewo|34 c gewo|ivd mitglied|verband der immobilienverwalter|immobilienverband", fr: "carte professionnelle transaction|carte professionnelle gestion", nl: "nvm makelaar|nvm", es: "colegio de agentes de la propiedad|api colegiado", it: "fimaa|fiaip" },
  { code: "66", weight: 3, kind: "chamber", en: "financial conduct authority|fca registered|authorised and regulated by the fca|afsl|australian credit licence", de: "erlaubnis nach 34d|34d gewo|34 d gewo|34f gewo|34 f gewo|34i gewo|vermittlerregister|versicherungsvermittlerregister", fr: "orias", nl: "afm vergunning|kifid", es: "dgsfp", it: "rui|registro unico degli intermediari|ivass" },
  { code: "F", weight: 1, kind: "chamber", de: "handwerkskammer|handwerksrolle|eintragung in die handwerksrolle|innung:0.5" },
];

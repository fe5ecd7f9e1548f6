import type { LexiconEntry } from "./lexicon-entry.ts";

// Further general vocabulary for trades whose French, Dutch, Spanish and Italian terms were thin
// (one or two words against ten in German or English). Merged with the main entries by code.
// Matching ignores the language, so words that mean something else in another lexicon language
// ("sanitaire" is also French for health, "excursions" is English) are left out.
export const ROMANCE_DUTCH_TERMS: LexiconEntry[] = [
  { code: "10", weight: 2, fr: "boulanger*|patissier*|artisan boulanger", nl: "bakker|bakkers|warme bakker|banketbakkerij|slager|slagers|keurslager", es: "obrador de pan|pasteleria artesanal|embutidos artesanos", it: "panetteria|prodotti da forno|salumeria:1|gastronomia artigianale" },
  { code: "18", weight: 2, fr: "imprimeur*|impression offset", nl: "drukker*|drukwerk:1", es: "imprenta digital|impresion offset|impresion digital", it: "stampa digitale|stampa offset|tipografie" },
  { code: "28", weight: 2, fr: "fabricant de machines|machines agricoles:1", nl: "machinebouwer*|machinefabrikant*", es: "fabricante de maquinas|maquinaria agricola:1", it: "macchinari industriali|costruttore di macchine|macchine agricole:1" },
  { code: "41", weight: 2, fr: "entreprise de construction|construction de batiments|maison individuelle:1", nl: "bouwonderneming|nieuwbouw:1|bouwen en verbouwen", es: "empresa constructora|construcciones:1|obra nueva:1", it: "impresa di costruzioni|nuove costruzioni|costruzioni:1" },
  { code: "43.22", weight: 2, fr: "pompe a chaleur:1|pompes a chaleur:1|installateur sanitaire|installations sanitaires", nl: "installatietechniek|sanitaire installatie*|sanitair installateur*|badkamerrenovatie|warmtepomp*:1|cv ketel*:1", es: "instalaciones de fontaneria|aire acondicionado:1|bomba de calor:1|bombas de calor:1", it: "impianti idraulici|idraulica:1|pompe di calore:1|pompa di calore:1" },
  { code: "43.32", weight: 2, fr: "menuiserie interieure|menuiserie exterieure|fenetres et portes", nl: "kozijnen:1|deuren en ramen|ramen en deuren", es: "carpinteria de aluminio|ventanas y puertas|puertas y ventanas", it: "porte e finestre|falegnameria:1" },
  { code: "43.91", weight: 2, fr: "toiture*|zinguerie|zingueur*", nl: "dakwerken|dakbedekking*", es: "reparacion de tejados|impermeabilizacion de cubiertas|tejado*:1", it: "rifacimento tetti|lattoniere|tetti in legno" },
  { code: "49", weight: 2, fr: "transport de marchandises|transport de personnes|vtc:1", nl: "goederenvervoer|personenvervoer|koerier:0.5", es: "transportes:1|transportista*|transporte de viajeros", it: "trasporto persone|noleggio con conducente|ncc:1|autolinee" },
  { code: "55", weight: 2, fr: "maison d hotes|location saisonniere|gites ruraux", nl: "vakantieappartement*|hotelkamers|gastenkamers", es: "casa de huespedes|apartamento turistico|apartamentos rurales|albergue*", it: "locanda|camere e suite|casa per ferie|country house:1" },
  { code: "56", weight: 2, fr: "bar a vin|restauration rapide|bar a tapas", nl: "frituur|friterie|broodjeszaak|koffiebar|pannenkoekenhuis", es: "heladeria|churreria|bar restaurante|tasca*", it: "gelateria|piadineria|bar caffetteria|rosticceria|tavola calda|trattorie" },
  { code: "74", weight: 2, fr: "studio photo|design d interieur", nl: "fotostudio|grafisch vormgever*|vormgeving:1", es: "estudio fotografico|fotografia:1", it: "studio fotografico|fotografia:1" },
  { code: "79", weight: 2, fr: "circuits touristiques|voyages organises", nl: "rondreizen|groepsreizen", es: "viajes organizados|circuitos turisticos", it: "viaggi organizzati|viaggi di gruppo" },
  { code: "85", weight: 2, fr: "cours particuliers|soutien scolaire", nl: "bijles|huiswerkbegeleiding", es: "clases particulares|academia de idiomas", it: "ripetizioni|doposcuola|scuola di lingue" },
  { code: "86", weight: 2, fr: "medecine generale|maison de sante|centre de sante", nl: "medische praktijk|gezondheidscentrum", es: "medicina general|consulta privada", it: "medicina generale|studio medico associato" },
  { code: "96", weight: 2, fr: "soins esthetiques|salon d esthetique", nl: "schoonheidsspecialist*|kapsalons", es: "centro de belleza|tratamientos faciales", it: "centro benessere:1|trattamenti estetici|acconciature" },
];

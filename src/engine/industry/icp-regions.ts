import { compileTerm, TermMatcher, type CompiledTerm } from "./term-matcher.ts";

// States, provinces and well-known regions buyers name, with their country. Spellings in the
// languages people use for them; a city-state (Berlin, Wien) is listed as a region here.
const REGIONS: Record<string, Record<string, string>> = {
  DE: {
    "Baden-Württemberg": "baden wurttemberg|baden wuerttemberg", Bayern: "bayern|bavaria|baviere|beieren|baviera",
    Berlin: "berlin", Brandenburg: "brandenburg", Bremen: "bremen", Hamburg: "hamburg", Hessen: "hessen|hesse|assia",
    "Mecklenburg-Vorpommern": "mecklenburg vorpommern", Niedersachsen: "niedersachsen|lower saxony|basse saxe|nedersaksen|baja sajonia|bassa sassonia",
    "Nordrhein-Westfalen": "nordrhein westfalen|nrw|north rhine westphalia|rhenanie du nord westphalie|noordrijn westfalen|renania del norte westfalia|renania settentrionale vestfalia",
    "Rheinland-Pfalz": "rheinland pfalz|rhineland palatinate|rhenanie palatinat", Saarland: "saarland|sarre",
    Sachsen: "sachsen|saxony|saxe|saksen|sajonia|sassonia", "Sachsen-Anhalt": "sachsen anhalt|saxony anhalt",
    "Schleswig-Holstein": "schleswig holstein", Thüringen: "thuringen|thueringen|thuringia|thuringe",
    Ruhrgebiet: "ruhrgebiet|ruhr area|ruhrpott", "Rhein-Main": "rhein main|rhein main gebiet", "Rhein-Neckar": "rhein neckar",
    Oberbayern: "oberbayern|upper bavaria", Niederbayern: "niederbayern", Franken: "franken|franconia", Schwaben: "schwaben|swabia",
    Allgäu: "allgau|allgaeu", Bodensee: "bodensee|lake constance", Schwarzwald: "schwarzwald|black forest", Münsterland: "munsterland",
    "Ostwestfalen-Lippe": "ostwestfalen|ostwestfalen lippe", Rheinland: "rheinland|rhineland", Sauerland: "sauerland", Pfalz: "pfalz|palatinate",
  },
  AT: {
    Wien: "wien|vienna|vienne|wenen|viena", Niederösterreich: "niederosterreich|lower austria", Oberösterreich: "oberosterreich|upper austria",
    Steiermark: "steiermark|styria", Tirol: "tirol|tyrol", Kärnten: "karnten|carinthia", Salzburg: "salzburger land", Vorarlberg: "vorarlberg", Burgenland: "burgenland",
  },
  CH: {
    Zürich: "kanton zurich|canton of zurich", Bern: "kanton bern", Aargau: "aargau|argovie", "St. Gallen": "kanton st gallen", Graubünden: "graubunden|grisons",
    Thurgau: "thurgau", Tessin: "tessin|ticino", Wallis: "wallis|valais", Waadt: "waadt|vaud", Luzern: "kanton luzern", Zug: "kanton zug",
    Romandie: "romandie|westschweiz|suisse romande", Deutschschweiz: "deutschschweiz|german speaking switzerland",
  },
  GB: { London: "greater london", Midlands: "midlands|east midlands|west midlands", Yorkshire: "yorkshire", "North West England": "north west england", "South East England": "south east england" },
  FR: {
    "Île-de-France": "ile de france", Bretagne: "bretagne|brittany", Normandie: "normandie|normandy", "Provence-Alpes-Côte d'Azur": "provence|paca|cote d azur",
    Occitanie: "occitanie", "Nouvelle-Aquitaine": "nouvelle aquitaine", "Auvergne-Rhône-Alpes": "auvergne rhone alpes", "Grand Est": "grand est|alsace|elsass|lorraine|lothringen",
    "Hauts-de-France": "hauts de france", "Pays de la Loire": "pays de la loire", "Bourgogne-Franche-Comté": "bourgogne|burgund|burgundy|franche comte",
  },
  NL: {
    "Noord-Holland": "noord holland|north holland", "Zuid-Holland": "zuid holland|south holland", "Noord-Brabant": "noord brabant|north brabant",
    Gelderland: "gelderland", Overijssel: "overijssel", Friesland: "friesland", Drenthe: "drenthe", Flevoland: "flevoland", Zeeland: "zeeland", Randstad: "randstad",
  },
  BE: { Vlaanderen: "vlaanderen|flanders|flandern|flandre", Wallonie: "wallonie|wallonia|wallonien" },
  ES: {
    Andalucía: "andalucia|andalusia|andalousie|andalusien", Cataluña: "cataluna|catalonia|catalunya|katalonien|catalogne", "Comunidad de Madrid": "comunidad de madrid",
    "País Vasco": "pais vasco|basque country|baskenland|euskadi", Galicia: "galicia|galicien", Aragón: "aragon", Navarra: "navarra", "Castilla y León": "castilla y leon",
  },
  IT: {
    Lombardia: "lombardia|lombardy|lombardei|lombardie", Piemonte: "piemonte|piedmont|piemont", Veneto: "veneto|venetien", "Emilia-Romagna": "emilia romagna",
    Toscana: "toscana|tuscany|toskana|toscane", Lazio: "lazio|latium", Campania: "campania|kampanien", Sicilia: "sicilia|sicily|sizilien|sicile",
    Puglia: "puglia|apulia|apulien", Liguria: "liguria|ligurien", "Trentino-Alto Adige": "trentino|alto adige|sudtirol|south tyrol",
    "Friuli-Venezia Giulia": "friuli", Sardegna: "sardegna|sardinia|sardinien", Umbria: "umbria|umbrien", Abruzzo: "abruzzo|abruzzen",
  },
};

export interface RegionHit {
  name: string;
  country: string;
  position: number;
  length: number;
}

function compileRegions(): CompiledTerm<{ name: string; country: string }>[] {
  const terms: CompiledTerm<{ name: string; country: string }>[] = [];
  for (const [country, regions] of Object.entries(REGIONS)) {
    for (const [name, spellings] of Object.entries(regions)) {
      for (const spelling of spellings.split("|")) {
        const term = compileTerm(spelling, { name, country });
        if (term) terms.push(term);
      }
    }
  }
  return terms;
}

let matcher: TermMatcher<{ name: string; country: string }> | null = null;

/** States and regions named in folded words, with their country. */
export function findRegions(folded: string[]): RegionHit[] {
  matcher ??= new TermMatcher(compileRegions());
  return matcher.find(folded).map((hit) => ({ ...hit.term.payload, position: hit.start, length: hit.length }));
}

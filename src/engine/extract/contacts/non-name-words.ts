// Capitalised words that start headings and labels but never a person's name (German capitalises
// every noun, English headings are title-cased), so a token in this set rules a candidate out.
const WORDS = `
team teams unser unsere unseren our the and und for für with mit your ihr ihre wir we meet get touch learn mehr read lesen
weiter about über uns us of to an on at by is are my all alle new neu best free home page seite startseite web digital
marketing design development software solutions lösungen services service support company firma unternehmen business
group gruppe project projekte projects products produkte quality qualität customer kunden contact kontakt office büro
management consulting beratung technology technik data daten impressum imprint datenschutz privacy policy cookie cookies
news aktuelles blog karriere career careers jobs job stellen willkommen welcome herzlich hello hallo hi termin termine
anfahrt anfrage angebot angebote leistung leistungen referenzen partner partners sitemap login menu menü search suche
copyright rights reserved alle rechte vorbehalten telefon phone fax email mail adresse address straße street road
developer developers engineer engineers designer designers associate associates assistant assistants consultant
consultants scientist scientists researcher researchers research specialist specialists analyst analysts coordinator
officer officers director directors president manager managers lead senior junior head chief intern interns trainee
student students professor doctor doctors therapist therapists accountant accountants technician technicians teacher
teachers coach coaches trainer trainers sales machine learning full stack frontend backend mobile product products
marketing engineering operations finance accounting tax legal health care eye dental medical clinic practice
installation installations maintenance repair solutions strategy program programme training education learning
geschäftsführer geschäftsführerin geschäftsführung inhaber inhaberin vorstand vorsitzender vorsitzende
director directors manager owner founder co-founder ceo cto cfo coo gründer gründerin leiter leiterin leitung head chief
officer president präsident verantwortlich responsible vertreten represented mitarbeiter mitarbeiterin staff employee
gérant gérante directeur directrice bestuurder administrador amministratore presidente socio titular
deutschland germany österreich austria schweiz switzerland europe europa gmbh ag ug kg ltd llc inc sarl sas bv srl sl
mehr erfahren jetzt hier here click klicken download zurück back next weiter nach oben top fragen faq questions
dienstleistungen öffnungszeiten opening hours standort standorte location locations map karte route
amtsgericht registergericht handelsregister register court steuernummer ust umsatzsteuer vat
google facebook instagram linkedin twitter youtube xing whatsapp microsoft apple amazon wordpress
bewerbung bewerben apply application ausbildung praktikum training schulung kurs kurse seminar seminare
herr frau mr mrs ms dr prof
deine meine unsere eure hohe neue gute beste weekly daily therapy region stadt city county district planning
quality safety security insurance finance loans lending mortgage property estate residential commercial industrial
consulting counselling coaching yoga wellness fitness care treatment treatments exam exams testing analysis analytics
cloud mobile apps app website websites online offline local global national international community communities
partnerships collaboration innovation sustainability growth success excellence experience expertise value values
mission vision story history
das die dem ein eine einen payment payments coverage options pricing prices preise fees costs kosten
bad sankt st neu alt groß gross klein ober unter nieder nord süd ost west north south east new port fort mount saint
san santa sainte
berlin hamburg münchen muenchen munich köln koeln cologne frankfurt stuttgart düsseldorf dortmund essen leipzig bremen
dresden hannover nürnberg nuernberg duisburg bochum wuppertal bielefeld bonn münster mannheim karlsruhe augsburg
wiesbaden mainz kassel freiburg regensburg würzburg ulm heidelberg wien vienna graz linz salzburg innsbruck zürich
zurich basel bern genf geneva lausanne luzern london manchester birmingham leeds glasgow edinburgh dublin paris lyon
marseille toulouse bordeaux lille nantes amsterdam rotterdam utrecht eindhoven brussel bruxelles antwerpen madrid
barcelona valencia sevilla bilbao roma rom milano mailand napoli torino firenze bologna sydney melbourne brisbane
perth toronto vancouver montreal york chicago boston angeles francisco seattle dallas houston miami
`;

export const NON_NAME_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Noun endings that do not end personal names (German abstract nouns, trades, places). */
export const NON_NAME_SUFFIX =
  /(?:ung|heit|keit|schaft|tion|sion|tät|ismus|erei|logie|technik|tech|service|straße|strasse|gasse|allee|platz|weg|ufer|damm|chaussee|hausen|zentrum|center|centre|agentur|agency|studio|praxis|betrieb|bau|markt|ness|ship|ology|team)$/u;

/** Legal forms and organisation words that mark a company, never a person. */
export const LEGAL_FORM_PATTERN =
  /\b(?:GmbH|AG|UG|KG|OHG|GbR|e\.\s?V|e\.\s?K|mbH|Ltd|LLC|LLP|Inc|Corp|Co\.|SARL|SAS|SA|BV|B\.V|NV|S\.?r\.?l|S\.?L|S\.?p\.?A|Stiftung|Verein|Holding|Group|Gruppe|Agentur|Kanzlei|Partnerschaft|Limited|Company|Association)\b/u;

/**
 * OpenStreetMap business tags (key=value, see the OSM wiki's Map Features) and the NACE Rev. 2 code
 * of the activity they describe. A value not listed keeps the key's fallback (any shop is retail).
 */
const BY_TAG: Record<string, Record<string, string>> = {
  shop: {
    supermarket: "47.11", convenience: "47.11", bakery: "47.24", butcher: "47.22", clothes: "47.71", shoes: "47.72",
    optician: "47.78", chemist: "47.75", hardware: "47.52", doityourself: "47.52", electronics: "47.43", computer: "47.41",
    furniture: "47.59", florist: "47.76", books: "47.61", bicycle: "47.64", car: "45.11", car_repair: "45.20",
    car_parts: "45.32", motorcycle: "45.40", hairdresser: "96.02", beauty: "96.02", funeral_directors: "96.03",
    travel_agency: "79.11", laundry: "96.01", dry_cleaning: "96.01", pet: "47.76", wine: "47.25", jewelry: "47.77",
  },
  craft: {
    electrician: "43.21", plumber: "43.22", hvac: "43.22", heating_engineer: "43.22", carpenter: "43.32", joiner: "43.32",
    window_construction: "43.32", roofer: "43.91", painter: "43.34", glaziery: "43.34", tiler: "43.33", floorer: "43.33",
    plasterer: "43.31", insulation: "43.29", builder: "41.20", bricklayer: "43.99", scaffolder: "43.99", stonemason: "23.70",
    metal_construction: "25.11", gardener: "81.30", landscaper: "81.30", chimney_sweeper: "81.22", cleaning: "81.21",
    caterer: "56.21", brewery: "11.05", winery: "11.02", tailor: "14.13", shoemaker: "15.20", photographer: "74.20",
    printer: "18.12", dental_technician: "32.50", optician: "32.50", cabinet_maker: "31.09", upholsterer: "95.24",
    watchmaker: "95.25", electronics_repair: "95.21", confectionery: "10.82", sawmill: "16.10", beekeeper: "01.49",
  },
  office: {
    it: "62", lawyer: "69.10", notary: "69.10", accountant: "69.20", tax_advisor: "69.20", architect: "71.11",
    engineer: "71.12", surveyor: "71.12", estate_agent: "68.31", property_management: "68.32", insurance: "66.22",
    financial: "64", financial_advisor: "66.19", consulting: "70.22", advertising_agency: "73.11", employment_agency: "78.10",
    travel_agent: "79.11", telecommunication: "61", newspaper: "58.13", publisher: "58", research: "72", logistics: "52.29",
    moving_company: "49.42", construction_company: "41.20", association: "94", ngo: "94", religion: "94.91",
    political_party: "94.92", union: "94.20", educational_institution: "85", coworking: "68.20", energy_supplier: "35.14",
    water_utility: "36", graphic_design: "74.10", translator: "74.30", therapist: "86.90", physician: "86.21",
    security: "80.10", guide: "79.90", government: "84",
  },
  amenity: {
    restaurant: "56.10", fast_food: "56.10", cafe: "56.10", ice_cream: "56.10", food_court: "56.10", bar: "56.30",
    pub: "56.30", biergarten: "56.30", nightclub: "56.30", doctors: "86.21", dentist: "86.23", clinic: "86.22",
    hospital: "86.10", pharmacy: "47.73", veterinary: "75", kindergarten: "85.10", childcare: "88.91", school: "85",
    driving_school: "85.53", language_school: "85.59", music_school: "85.52", college: "85.4", university: "85.4",
    bank: "64.19", car_wash: "45.20", car_rental: "77.11", fuel: "47.30", cinema: "59.14", theatre: "90.01",
    arts_centre: "90.04", nursing_home: "87.10", social_facility: "88", place_of_worship: "94.91",
  },
  healthcare: {
    doctor: "86.21", dentist: "86.23", physiotherapist: "86.90", psychotherapist: "86.90", clinic: "86.22",
    hospital: "86.10", pharmacy: "47.73", optometrist: "86.90", alternative: "86.90", audiologist: "86.90",
    occupational_therapist: "86.90", speech_therapist: "86.90", laboratory: "86.90", nurse: "86.90", midwife: "86.90",
    podiatrist: "86.90", counselling: "86.90", rehabilitation: "86.90",
  },
  tourism: {
    hotel: "55.10", motel: "55.10", hostel: "55.20", guest_house: "55.20", apartment: "55.20", chalet: "55.20",
    camp_site: "55.30", caravan_site: "55.30", museum: "91.02", zoo: "91.04", theme_park: "93.21", attraction: "93.21",
  },
  leisure: { fitness_centre: "93.13", sports_centre: "93.11", dance: "85.52" },
};

// Any shop is retail; other keys are too broad (amenity=bench is not a business) to imply a code.
const FALLBACK: Record<string, string | null> = { shop: "47", craft: null, office: null, healthcare: "86" };

export const BUSINESS_KEYS = Object.keys(BY_TAG);

/** The NACE codes of an element's business tags, and whether any tag marks it as a business at all. */
export function naceCodesOfOsmTags(tags: Record<string, string>): { business: boolean; codes: string[] } {
  const codes: string[] = [];
  let business = false;
  for (const key of BUSINESS_KEYS) {
    const value = tags[key];
    if (!value) continue;
    const code = BY_TAG[key]![value] ?? FALLBACK[key];
    // An amenity, tourism or leisure value not listed (bench, parking, viewpoint) is not a business.
    if (code === undefined) continue;
    business = true;
    if (code) codes.push(code);
  }
  return { business, codes };
}

import type { NaceCode } from "./nace-taxonomy.ts";

// schema.org organisation types that name a trade (https://schema.org/LocalBusiness subtypes).
// Weight 5 for a type that names one trade, 3 for a broad family; generic types (Organization,
// LocalBusiness, ProfessionalService) name none and are absent.
const TYPES: Record<string, [NaceCode, number]> = {
  Dentist: ["86.23", 5], Physician: ["86.21", 5], MedicalClinic: ["86", 5], Hospital: ["86.1", 5], Optician: ["86", 3],
  Physiotherapy: ["86.90", 5], MedicalBusiness: ["86", 3], MedicalOrganization: ["86", 3], DiagnosticLab: ["86.90", 4],
  Pharmacy: ["47.73", 5], VeterinaryCare: ["75", 5],
  LegalService: ["69.10", 5], Attorney: ["69.10", 5], Notary: ["69.10", 5], AccountingService: ["69.20", 5],
  FinancialService: ["66", 3], BankOrCreditUnion: ["64", 5], InsuranceAgency: ["66.22", 5], RealEstateAgent: ["68.31", 5],
  Restaurant: ["56", 5], FoodEstablishment: ["56", 3], CafeOrCoffeeShop: ["56", 5], BarOrPub: ["56", 5], FastFoodRestaurant: ["56", 5],
  IceCreamShop: ["56", 4], Bakery: ["10.71", 4], Brewery: ["11.05", 4], Winery: ["01.21", 4], Distillery: ["11", 4],
  LodgingBusiness: ["55", 4], Hotel: ["55", 5], Motel: ["55", 5], BedAndBreakfast: ["55", 5], Hostel: ["55", 5], Resort: ["55", 5],
  Campground: ["55", 5], VacationRental: ["55", 5],
  AutoDealer: ["45", 5], AutoRepair: ["45", 5], AutomotiveBusiness: ["45", 3], AutoBodyShop: ["45", 5], MotorcycleDealer: ["45", 5],
  MotorcycleRepair: ["45", 5], AutoPartsStore: ["45", 4], GasStation: ["47", 4],
  Electrician: ["43.21", 5], Plumber: ["43.22", 5], HVACBusiness: ["43.22", 5], RoofingContractor: ["43.91", 5],
  HousePainter: ["43.34", 5], GeneralContractor: ["41", 4], HomeAndConstructionBusiness: ["43", 3], MovingCompany: ["49.42", 5],
  Store: ["47", 3], OnlineStore: ["47.91", 4], ShoppingCenter: ["68", 3],
  EducationalOrganization: ["85", 4], School: ["85", 5], Preschool: ["85.1", 5], ElementarySchool: ["85", 5], HighSchool: ["85", 5],
  MiddleSchool: ["85", 5], CollegeOrUniversity: ["85", 5], ChildCare: ["88.91", 5],
  SportsClub: ["93.12", 5], SportsActivityLocation: ["93", 4], ExerciseGym: ["93.13", 5], HealthClub: ["93.13", 5],
  SportsOrganization: ["93", 4], SportsTeam: ["93.12", 5], AmusementPark: ["93", 5], BowlingAlley: ["93", 5], GolfCourse: ["93", 5],
  BeautySalon: ["96.02", 5], HairSalon: ["96.02", 5], NailSalon: ["96.02", 5], DaySpa: ["96.04", 5], TattooParlor: ["96", 5],
  HealthAndBeautyBusiness: ["96", 3], DryCleaningOrLaundry: ["96", 5],
  TravelAgency: ["79", 5], EmploymentAgency: ["78", 5], SelfStorage: ["52", 5], RecyclingCenter: ["38", 5],
  Church: ["94.91", 5], PlaceOfWorship: ["94.91", 5], Mosque: ["94.91", 5], Synagogue: ["94.91", 5], NGO: ["94", 3],
  GovernmentOrganization: ["84", 4], GovernmentOffice: ["84", 4], Embassy: ["99", 5],
  MusicGroup: ["90", 4], PerformingGroup: ["90", 4], TheaterGroup: ["90", 4], EntertainmentBusiness: ["90", 2],
  Museum: ["91", 5], Library: ["91", 5], Zoo: ["91", 5], Casino: ["92", 5], ArchiveOrganization: ["91", 4],
  RadioStation: ["60", 5], TelevisionStation: ["60", 5], NewsMediaOrganization: ["58", 4],
};

/** The NACE code and weight a schema.org type names, or null for types that name no trade. */
export function industryOfSchemaType(type: string): { code: NaceCode; weight: number } | null {
  const known = TYPES[type];
  if (known) return { code: known[0], weight: known[1] };
  // Every *Store subtype (ClothingStore, BookStore …) is retail.
  if (/^[A-Z]\w+Store$/.test(type)) return { code: "47", weight: 4 };
  return null;
}

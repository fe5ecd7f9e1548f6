export { extractPeople, type PeopleContext } from "./extract-people.ts";
export { classifyRole } from "./role-class.ts";

import type { Db } from "../../../db/database.ts";
import { NotFoundError } from "../../errors.ts";
import { toPage, type Page } from "../../pagination.ts";
import type { ListMergeCandidatesQuery, MergeCandidate } from "./schemas.ts";

/** The operator's review queue of resemblances that were not merged silently, oldest first. */
export async function listMergeCandidates(db: Db, query: ListMergeCandidatesQuery): Promise<Page<MergeCandidate>> {
  let rows = candidatesWithNames(db);
  let count = db.selectFrom("company_merge_candidates as m").select((eb) => eb.fn.countAll<number>().as("n"));
  if (query.status) {
    rows = rows.where("m.status", "=", query.status);
    count = count.where("m.status", "=", query.status);
  }
  const [items, total] = await Promise.all([
    rows.orderBy("m.created_at").orderBy("m.id").limit(query.limit).offset(query.offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return toPage(items.map(present), Number(total.n), query);
}

export async function getMergeCandidate(db: Db, candidateId: string): Promise<MergeCandidate> {
  const row = await candidatesWithNames(db).where("m.id", "=", candidateId).executeTakeFirst();
  if (!row) throw new NotFoundError("MergeCandidate", candidateId);
  return present(row);
}

// Both companies' domain and name, so the operator can judge without opening each record.
function candidatesWithNames(db: Db) {
  return db
    .selectFrom("company_merge_candidates as m")
    .innerJoin("companies as c", "c.id", "m.company_id")
    .innerJoin("companies as k", "k.id", "m.candidate_of")
    .selectAll("m")
    .select(["c.domain as company_domain", "c.name as company_name", "k.domain as candidate_domain", "k.name as candidate_name"]);
}

type Row = Omit<MergeCandidate, "company" | "candidate"> & Record<"company_domain" | "company_name" | "candidate_domain" | "candidate_name", string | null>;

function present(row: Row): MergeCandidate {
  const { company_domain, company_name, candidate_domain, candidate_name, ...candidate } = row;
  return { ...candidate, company: { domain: company_domain, name: company_name }, candidate: { domain: candidate_domain, name: candidate_name } };
}

import type { RoleClass } from "../../types.ts";

const ASSOCIATION = /\be\.\s?V\b|\bverein\b|\bassociation\b|\bvereniging\b|\basociaci[oó]n\b|\bassociazione\b|\bclub\b|\bstiftung\b|\bfoundation\b|\bgenossenschaft\b|\beG\b|\bcharity\b|\bnon-?profit\b/i;
const INCORPORATED =
  /\b(?:GmbH|mbH|UG|AG|KG|KGaA|OHG|GbR|SE|Ltd|Limited|LLC|LLP|Inc|Corp|SARL|SAS|SA|BV|B\.V|NV|N\.V|S\.?r\.?l|S\.?L|S\.?p\.?A|PLC|Pty)\b/;

/**
 * Who "vertreten durch" / "represented by" names depends on the entity: an association's board
 * member, a company's managing director, or the owner of a sole proprietorship.
 */
export function representativeClass(legalContext: string): RoleClass {
  if (ASSOCIATION.test(legalContext)) return "executive";
  if (INCORPORATED.test(legalContext)) return "managing_director";
  return "owner";
}

import type { Element } from "domhandler";
import { ancestorsOf, isWithin } from "./dom-ancestry.ts";

const MAX_LEVELS = 5;
const PAGE_SECTIONS = new Set(["body", "main", "html", "header", "footer", "section", "ul", "ol", "table"]);

/** The largest container around a name that holds no other person's name: that person's card. */
export function findCard(nameBlock: Element, allNameBlocks: Element[]): Element {
  let card = nameBlock;
  for (const ancestor of ancestorsOf(nameBlock, MAX_LEVELS)) {
    if (PAGE_SECTIONS.has(ancestor.name)) break;
    const holdsOther = allNameBlocks.some((other) => other !== nameBlock && isWithin(other, ancestor));
    if (holdsOther) break;
    card = ancestor;
  }
  return card;
}

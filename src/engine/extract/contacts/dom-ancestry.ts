import type { Element } from "domhandler";

/** The element's ancestors, nearest first, up to `limit` levels. */
export function ancestorsOf(el: Element, limit: number): Element[] {
  const out: Element[] = [];
  let node = el.parent;
  while (node && node.type === "tag" && out.length < limit) {
    out.push(node as Element);
    node = node.parent;
  }
  return out;
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(inner: Element, outer: Element): boolean {
  let node: Element | null = inner;
  while (node) {
    if (node === outer) return true;
    node = node.parent && node.parent.type === "tag" ? (node.parent as Element) : null;
  }
  return false;
}

/** True when two blocks sit in the same small container (siblings or cousins), as in one card. */
export function areNear(a: Element, b: Element, levels: number): boolean {
  const up = [a, ...ancestorsOf(a, levels)];
  return up.some((ancestor) => isWithin(b, ancestor));
}

/** tag.class of an element and its parent: equal signatures mark repeated card markup. */
export function structureSignature(el: Element): string {
  const own = `${el.name}.${(el.attribs.class ?? "").trim()}`;
  const parent = el.parent && el.parent.type === "tag" ? (el.parent as Element) : null;
  return parent ? `${parent.name}.${(parent.attribs.class ?? "").trim()}>${own}` : own;
}

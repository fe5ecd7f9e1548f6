// Which kind of mailbox a local part names: a general company contact, a single function
// (applications, invoices, privacy) or a person.

const GENERAL = /^(info|infos|information|kontakt|contact|contacts|contato|contatto|contacto|hello|hallo|hi|hey|office|buero|bureau|mail|email|e-mail|post|postmaster|service|kundenservice|customerservice|support|team|admin|administration|verwaltung|zentrale|anfrage|anfragen|enquiries|enquiry|inquiries|inquiry|sales|vertrieb|verkauf|welcome|mail\d*|dojo|studio|praxis|kanzlei|shop|store|booking|bookings|reservierung|reservations|termine|general|main|company|firma|home|ask|talk|connect|reception|empfang|sekretariat|geschaeftsstelle|vorstand|board|club|verein)$/i;
const FUNCTIONAL = /^(jobs?|career|careers|karriere|bewerbung|bewerbungen|recruiting|recruitment|hr|personal|ausbildung|rechnung|rechnungen|invoice|invoices|billing|accounting|buchhaltung|datenschutz|privacy|dpo|dsb|gdpr|dsgvo|presse|press|media|marketing|newsletter|noreply|no-reply|webmaster|web|it|technik|abuse|legal|compliance|security|einkauf|purchasing|bestellung|orders?)$/i;

export type MailboxKind = "general" | "functional" | "personal";

export function classifyMailbox(email: string): MailboxKind {
  const local = (email.split("@")[0] ?? "").toLowerCase();
  if (GENERAL.test(local) || GENERAL.test(local.replace(/[-_.]?\d+$/, ""))) return "general";
  if (FUNCTIONAL.test(local) || FUNCTIONAL.test(local.split(/[-_.]/)[0] ?? "")) return "functional";
  if (/^(info|kontakt|contact|office|mail|hello|hallo)[-_.]/.test(local)) return "general";
  return "personal";
}

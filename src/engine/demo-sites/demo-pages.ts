import { demoCompanyFor, type DemoCompany } from "./demo-company.ts";

const layout = (company: DemoCompany, title: string, body: string): string => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${title} – ${company.name}</title>
<meta name="description" content="${company.name}: ${company.trade} aus ${company.city}.">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
<script src="/assets/jquery-3.7.1.min.js"></script>
</head><body>
<nav><a href="/">Start</a> <a href="/team">Team</a> <a href="/karriere">Karriere</a> <a href="/impressum">Impressum</a></nav>
<main>${body}</main>
<footer>${company.legalName} · ${company.street} · ${company.postalCode} ${company.city} · Tel. ${company.phone}</footer>
</body></html>`;

/** The pages of a demonstration website by path, or null for any other path. */
export function demoPage(host: string, path: string): string | null {
  const company = demoCompanyFor(host);
  const clean = path.replace(/\/+$/, "") || "/";
  if (clean === "/") return home(company);
  if (clean === "/impressum") return imprint(company);
  if (clean === "/team") return team(company);
  if (clean === "/karriere") return careers(company);
  return null;
}

function home(c: DemoCompany): string {
  const jsonLd = JSON.stringify({ "@context": "https://schema.org", "@type": "Organization", name: c.name, url: `https://${c.host}/`, telephone: c.phone, email: c.email, address: { "@type": "PostalAddress", streetAddress: c.street, postalCode: c.postalCode, addressLocality: c.city, addressCountry: "DE" } });
  return layout(c, "Start", `<h1>${c.name}</h1><p>Ihr Partner für ${c.trade} in ${c.city}.</p><script type="application/ld+json">${jsonLd}</script>`);
}

function imprint(c: DemoCompany): string {
  return layout(c, "Impressum", `<h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p>
<p>${c.legalName}<br>${c.street}<br>${c.postalCode} ${c.city}</p>
<p>Telefon: ${c.phone}<br>E-Mail: <a href="mailto:${c.email}">${c.email}</a></p>
<p>Geschäftsführer: ${c.managingDirector}</p>
<p>Registergericht: Amtsgericht ${c.city}<br>Registernummer: ${c.register}</p>
<p>Umsatzsteuer-Identifikationsnummer gemäß § 27 a UStG: ${c.vatId}</p>`);
}

function team(c: DemoCompany): string {
  return layout(c, "Team", `<h1>Unser Team</h1>
<div class="team"><div class="card"><h3>${c.managingDirector}</h3><p>Geschäftsführer</p></div>
<div class="card"><h3>${c.teamMember.name}</h3><p>${c.teamMember.role}</p><a href="mailto:${c.teamMember.email}">${c.teamMember.email}</a></div></div>`);
}

function careers(c: DemoCompany): string {
  const posting = JSON.stringify({ "@context": "https://schema.org", "@type": "JobPosting", title: c.jobTitle, employmentType: "FULL_TIME", datePosted: "2026-01-15", hiringOrganization: { "@type": "Organization", name: c.name }, jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: c.city, addressCountry: "DE" } } });
  return layout(c, "Karriere", `<h1>Karriere</h1><h2>Offene Stellen</h2><ul><li><a href="/karriere">${c.jobTitle}</a></li></ul><script type="application/ld+json">${posting}</script>`);
}

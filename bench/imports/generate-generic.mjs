// Writes N generated generic-format rows to stdout: unique domains, a few cities and NACE codes.
/* global process */
const count = Number(process.argv[2] ?? 1000);
const cities = ["Berlin", "Hamburg", "München", "Köln", "Leipzig"];
const codes = ["62.01", "69.20", "43.21", "86.23", "56.10"];
const out = ["source_id,name,website,street,postal_code,city,country,register_court,register_number,vat_id,industry_codes,description"];
for (let i = 0; i < count; i++) {
  out.push(`b-${i},Firma ${i} GmbH,https://firma-${i}-bench.de,Hauptstraße ${i % 200},${10000 + (i % 89999)},${cities[i % 5]},DE,,HRB ${i},,${codes[i % 5]},Generated row ${i}`);
  if (out.length >= 10000) { process.stdout.write(out.join("\n") + "\n"); out.length = 0; }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");

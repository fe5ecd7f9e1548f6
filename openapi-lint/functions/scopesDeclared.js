// Spectral custom function for the `operation-scopes-declared` rule (see ../spectral.yaml).
export default function scopesDeclared(requirements, _options, { document, path }) {
  if (!Array.isArray(requirements)) return [{ message: "security must be an array", path }];
  const schemes = document.data?.components?.securitySchemes ?? {};
  const results = [];
  requirements.forEach((requirement, index) => {
    for (const [name, scopes] of Object.entries(requirement ?? {})) {
      const scheme = schemes[name];
      if (!scheme) {
        results.push({ message: `security scheme "${name}" is not defined`, path: [...path, index, name] });
        continue;
      }
      const declared = scheme["x-scopes"] ?? {};
      (scopes ?? []).forEach((scope, position) => {
        if (!Object.hasOwn(declared, scope)) {
          results.push({ message: `"${scope}" is not declared in ${name}'s x-scopes`, path: [...path, index, name, position] });
        }
      });
    }
  });
  return results;
}

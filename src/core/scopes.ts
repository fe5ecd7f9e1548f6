// Scopes and presets exactly as spec/CONTRACT.md lists them.
export const SCOPES = [
  "orders:read",
  "orders:write",
  "companies:read",
  "prospects:read",
  "prospect_searches:read",
  "prospect_searches:write",
  "blacklists:read",
  "blacklists:write",
  "deliveries:read",
  "deliveries:write",
] as const;

export type Scope = (typeof SCOPES)[number];

export const PRESETS = ["orders", "read_only", "full_access", "discovery_partner", "custom"] as const;
export type Preset = (typeof PRESETS)[number];

const PRESET_SCOPES: Record<Exclude<Preset, "custom">, readonly Scope[]> = {
  orders: ["orders:read", "orders:write"],
  read_only: SCOPES.filter((scope) => scope.endsWith(":read")),
  full_access: SCOPES,
  discovery_partner: ["orders:read", "orders:write", "blacklists:read", "blacklists:write"],
};

export function scopesForPreset(preset: Exclude<Preset, "custom">): Scope[] {
  return [...PRESET_SCOPES[preset]];
}

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export function missingScopes(granted: readonly string[], required: readonly Scope[]): Scope[] {
  return required.filter((scope) => !granted.includes(scope));
}

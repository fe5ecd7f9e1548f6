// The key lives in sessionStorage only: it is gone when the tab closes and never reaches localStorage,
// cookies or the URL.
export type Role = "client" | "operator";

export interface Session {
  key: string;
  role: Role;
  scopes: string[];
}

const STORAGE_KEY = "openprospect.session";

export function readSession(): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Session;
    return typeof parsed.key === "string" && (parsed.role === "client" || parsed.role === "operator") ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

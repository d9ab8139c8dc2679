// Who is signed in: a bearer token (a development token in development, the identity
// provider's in production), kept in the browser's local storage.

const KEY = "samraad.token";
const EXPIRED = "samraad.expired";

/** The claims the app reads from the token. */
export interface Claims {
  /** The person id. */
  sub: string;
  /** The organisation the person acts for. */
  org?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

/** Takes `?token=` from the address once (empty forgets it) and removes it from the address bar. */
export function captureToken(): void {
  const url = new URL(location.href);
  const token = url.searchParams.get("token");
  if (token === null) return;
  if (token) {
    localStorage.setItem(KEY, token.trim());
    localStorage.removeItem(EXPIRED);
  } else {
    localStorage.removeItem(KEY);
  }
  url.searchParams.delete("token");
  history.replaceState(null, "", url.pathname + url.search + url.hash);
}

/** The token's claims, or null when it is not a JWT. */
export function decode(token: string): Claims | null {
  const part = token.split(".")[1];
  if (!part) return null;
  try {
    const json = atob(part.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Claims;
    return typeof claims.sub === "string" ? claims : null;
  } catch {
    return null;
  }
}

/** The current token, unless it has expired (then it is forgotten and `expired()` is true). */
export function token(): string | null {
  const value = localStorage.getItem(KEY);
  if (!value) return null;
  const claims = decode(value);
  if (claims?.exp !== undefined && claims.exp * 1000 <= Date.now()) {
    markExpired();
    return null;
  }
  return value;
}

export function claims(): Claims | null {
  const value = token();
  return value ? decode(value) : null;
}

export function signIn(value: string): boolean {
  const claims = decode(value.trim());
  if (!claims) return false;
  localStorage.setItem(KEY, value.trim());
  localStorage.removeItem(EXPIRED);
  return true;
}

export function signOut(): void {
  localStorage.removeItem(KEY);
  localStorage.removeItem(EXPIRED);
}

/** The server refused the token (or it ran out): back to sign-in, drafts kept. */
export function markExpired(): void {
  localStorage.removeItem(KEY);
  localStorage.setItem(EXPIRED, "1");
}

export function expired(): boolean {
  return localStorage.getItem(EXPIRED) === "1";
}

const RETURN = "samraad.return";

/** Where to go back to after signing in again. */
export function rememberReturn(path: string): void {
  sessionStorage.setItem(RETURN, path);
}

/** The page to return to after sign-in (once), else the front page. */
export function takeReturn(): string {
  const path = sessionStorage.getItem(RETURN);
  sessionStorage.removeItem(RETURN);
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

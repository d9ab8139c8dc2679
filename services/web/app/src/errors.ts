// Every error the API returns, in words a secretariat understands.

import { lang } from "./i18n";

/** An error from the API (or the network), with its stable code. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

const da: Record<string, string> = {
  UNAUTHENTICATED: "Du er ikke logget ind, eller dit login er udløbet. Log ind igen.",
  FORBIDDEN: "Det har du ikke ret til. Kun forummets sekretariat og formandskab kan det, eller også hører du ikke til partnerskabet.",
  NOT_FOUND: "Det findes ikke (længere), eller du har ikke adgang til det.",
  CONFLICT: "En anden har ændret det samme imens. Hent den nye version og prøv igen – intet er gemt endnu.",
  INVALID_INPUT: "Noget i formularen er ikke gyldigt. Ret det markerede og prøv igen.",
  RULE_VIOLATION: "Det tillader mødets regler ikke lige nu.",
  RATE_LIMITED: "For mange forespørgsler på kort tid. Vent et øjeblik og prøv igen.",
  UNAVAILABLE: "Samraad kan ikke nå sin database lige nu. Prøv igen om lidt – intet er gået tabt.",
  STORAGE_FULL: "Serverens lager er fuldt, så intet blev gemt. Kontakt driften.",
  INTERNAL: "Der skete en fejl på serveren. Prøv igen; sker det igen, så giv driften referencen.",
  NETWORK: "Ingen forbindelse til Samraad. Tjek netværket og prøv igen – formularen er bevaret.",
};

const en: Record<string, string> = {
  UNAUTHENTICATED: "You are not signed in, or your sign-in has expired. Sign in again.",
  FORBIDDEN: "You may not do that: only the forum's secretariat and chair can, or you are not part of the partnership.",
  NOT_FOUND: "It does not exist (any more), or you may not see it.",
  CONFLICT: "Someone else changed the same thing meanwhile. Load the new version and try again – nothing was saved yet.",
  INVALID_INPUT: "Something in the form is not valid. Correct it and try again.",
  RULE_VIOLATION: "The meeting's rules do not allow that right now.",
  RATE_LIMITED: "Too many requests in a short time. Wait a moment and try again.",
  UNAVAILABLE: "Samraad cannot reach its database right now. Try again shortly – nothing was lost.",
  STORAGE_FULL: "The server's storage is full, so nothing was saved. Contact operations.",
  INTERNAL: "The server failed. Try again; if it happens again, give operations the reference.",
  NETWORK: "No connection to Samraad. Check the network and try again – the form is kept.",
};

/** The sentence shown for an error; the API's own wording follows as detail. */
export function explain(error: unknown): { text: string; detail: string } {
  const words = lang() === "en" ? en : da;
  if (error instanceof ApiError) {
    return { text: words[error.code] ?? words.INTERNAL, detail: error.detail };
  }
  return { text: words.INTERNAL, detail: String(error) };
}

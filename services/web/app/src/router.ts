// Routes are paths (deep links such as /meetings/<id>?token=… open directly).

import { signal } from "./signal";

export type Route =
  | { page: "home" }
  | { page: "signin" }
  | { page: "callback" }
  | { page: "partnership"; id: string }
  | { page: "case"; reference: string }
  | { page: "meeting"; id: string; view: "agenda" | "live" | "minutes" }
  | { page: "notfound" };

export function parse(path: string): Route {
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return { page: "home" };
  if (parts[0] === "signin" && parts.length === 1) return { page: "signin" };
  if (parts[0] === "auth" && parts[1] === "callback" && parts.length === 2) return { page: "callback" };
  if (parts[0] === "partnerships" && parts.length === 2) return { page: "partnership", id: parts[1] };
  if (parts[0] === "cases" && parts.length === 2) return { page: "case", reference: decodeURIComponent(parts[1]) };
  if (parts[0] === "meetings" && (parts.length === 2 || parts.length === 3)) {
    const view = parts[2] ?? "live";
    if (view === "agenda" || view === "live" || view === "minutes") {
      return { page: "meeting", id: parts[1], view };
    }
  }
  return { page: "notfound" };
}

export const route = signal<Route>(parse(location.pathname));

export function navigate(path: string): void {
  history.pushState(null, "", path);
  route.set(parse(location.pathname));
  window.scrollTo(0, 0);
}

window.addEventListener("popstate", () => route.set(parse(location.pathname)));

/** Same-origin links navigate in the app instead of reloading the page. */
document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest?.("a");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
  const href = link.getAttribute("href");
  if (!href || !href.startsWith("/") || link.target || link.hasAttribute("download")) return;
  event.preventDefault();
  navigate(href);
});

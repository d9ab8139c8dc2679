// The meeting-room app: sign-in, partnership home, agenda, live meeting, minutes.

import { render } from "preact";
import { useEffect } from "preact/hooks";
import { html } from "./html";
import { captureToken, claims, rememberReturn, signOut } from "./auth";
import { whenUnauthenticated } from "./api";
import { signOutAtProvider } from "./oidc";
import { lang, setLang, t } from "./i18n";
import { navigate, route } from "./router";
import { signal, useSignal } from "./signal";
import { SignIn } from "./views/signin";
import { Callback } from "./views/callback";
import { CaseFilePage } from "./views/casefile";
import { Home } from "./views/home";
import { PartnershipPage } from "./views/partnership";
import { MeetingPage } from "./views/meeting";
import "./style.css";

captureToken();
document.documentElement.lang = lang();

/** Bumped when the language or the signed-in person changes: everything renders again. */
const session = signal(0);

whenUnauthenticated(() => {
  if (route.get().page === "signin") return;
  rememberReturn(location.pathname);
  session.set(session.get() + 1);
  navigate("/signin");
});

function Header() {
  const who = claims();
  return html`<header class="top">
    <a class="skip" href="#main">${t("skip")}</a>
    <a class="brand" href="/">${t("app")}</a>
    <nav aria-label="Konto">
      <button
        type="button"
        class="link"
        lang=${lang() === "da" ? "en" : "da"}
        onClick=${() => {
          setLang(lang() === "da" ? "en" : "da");
          session.set(session.get() + 1);
        }}
      >
        ${t("language")}
      </button>
      ${who
        ? html`<button
            type="button"
            class="link"
            onClick=${() => {
              signOut();
              session.set(session.get() + 1);
              navigate("/signin");
              void signOutAtProvider();
            }}
          >
            ${t("signOut")}
          </button>`
        : html`<a href="/signin">${t("signIn")}</a>`}
    </nav>
  </header>`;
}

function Page() {
  const current = useSignal(route);
  useEffect(() => {
    if (current.page === "home" && !claims()) navigate("/signin");
  }, [current]);
  switch (current.page) {
    case "signin":
      return html`<${SignIn} onDone=${() => session.set(session.get() + 1)} />`;
    case "callback":
      return html`<${Callback} onDone=${() => session.set(session.get() + 1)} />`;
    case "home":
      return html`<${Home} />`;
    case "case":
      return html`<${CaseFilePage} reference=${current.reference} />`;
    case "partnership":
      return html`<${PartnershipPage} id=${current.id} />`;
    case "meeting":
      return html`<${MeetingPage} id=${current.id} view=${current.view} />`;
    default:
      return html`<h1>${t("notFound")}</h1><p><a href="/">${t("back")}</a></p>`;
  }
}

function App() {
  const key = useSignal(session);
  return html`<div key=${key}>
    <${Header} />
    <main id="main" tabindex="-1"><${Page} /></main>
  </div>`;
}

const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(html`<${App} />`, root);
}

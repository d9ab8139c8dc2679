// Sign-in: a token pasted (development), remembered in the browser.

import { useEffect, useState } from "preact/hooks";
import { html } from "../html";
import { expired, signIn, takeReturn } from "../auth";
import { t } from "../i18n";
import { authConfig, startSignIn, type AuthConfig } from "../oidc";
import { navigate } from "../router";

export function SignIn({ onDone }: { onDone: () => void }) {
  const [value, setValue] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [config, setConfig] = useState<AuthConfig | null>(null);
  useEffect(() => {
    void authConfig().then(setConfig);
  }, []);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!signIn(value)) {
      setInvalid(true);
      return;
    }
    onDone();
    navigate(takeReturn());
  };
  if (!config) return html`<section class="narrow"><h1>${t("signInTitle")}</h1></section>`;
  if (config.mode === "oidc") {
    return html`<section class="narrow">
      <h1>${t("signInTitle")}</h1>
      ${expired() && html`<p class="notice" role="status">${t("expired")}</p>`}
      <p>${t("signInProviderLead")}</p>
      <p>
        <button type="button" onClick=${() => void startSignIn(config, takeReturn())}>
          ${t("signInWithProvider")} (${config.issuer ? new URL(config.issuer).host : ""})
        </button>
      </p>
    </section>`;
  }
  return html`<section class="narrow">
    <h1>${t("signInTitle")}</h1>
    ${expired() && html`<p class="notice" role="status">${t("expired")}</p>`}
    <p>${t("signInLead")}</p>
    <form onSubmit=${submit}>
      <div class="field">
        <label for="token">${t("token")}</label>
        <textarea
          id="token"
          rows="4"
          autocomplete="off"
          spellcheck=${false}
          aria-invalid=${invalid}
          aria-describedby=${invalid ? "token-error" : undefined}
          value=${value}
          onInput=${(e: Event) => setValue((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${invalid && html`<p id="token-error" class="error-text">${t("tokenInvalid")}</p>`}
      </div>
      <button type="submit">${t("signIn")}</button>
    </form>
  </section>`;
}

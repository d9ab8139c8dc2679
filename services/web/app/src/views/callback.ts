// Back from the identity provider: the code is exchanged for a token, then the person goes
// on to the page they came from.

import { useEffect, useState } from "preact/hooks";
import { html } from "../html";
import { t } from "../i18n";
import { finishSignIn } from "../oidc";
import { navigate } from "../router";
import { Loading } from "../ui";

export function Callback({ onDone }: { onDone: () => void }) {
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    finishSignIn(new URLSearchParams(location.search)).then(
      (returnTo) => {
        onDone();
        navigate(returnTo);
      },
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  if (!failed) return html`<${Loading} />`;
  return html`<section class="narrow">
    <h1>${t("signInFailed")}</h1>
    <div class="error" role="alert"><p>${t("signInFailedLead")}</p><p class="detail">${failed}</p></div>
    <p><a href="/signin">${t("tryAgain")}</a></p>
  </section>`;
}

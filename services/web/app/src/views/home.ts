// The partnerships the signed-in person belongs to.

import { html } from "../html";
import { gql } from "../api";
import { t } from "../i18n";
import { ErrorBox, Loading, useLoad } from "../ui";

interface Data {
  partnerships: { id: string; name: string; forums: { id: string; name: string }[] }[];
}

export function Home() {
  const { data, error, loading } = useLoad(
    () => gql<Data>("{ partnerships { id name forums { id name } } }"),
    [],
  );
  return html`<section>
    <h1>${t("partnerships")}</h1>
    ${loading && html`<${Loading} />`}
    <${ErrorBox} error=${error} />
    ${data &&
    (data.partnerships.length === 0
      ? html`<p>${t("noPartnerships")}</p>`
      : html`<ul class="cards">
          ${data.partnerships.map(
            (p) => html`<li class="card">
              <h2><a href=${`/partnerships/${p.id}`}>${p.name}</a></h2>
              <p class="muted">${p.forums.map((f) => f.name).join(" · ")}</p>
            </li>`,
          )}
        </ul>`)}
  </section>`;
}

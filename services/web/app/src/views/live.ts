// The live meeting: for everyone a view that follows "now discussing" and shows each decision
// the moment it is recorded; for the secretariat and chair the console that runs it
// (`console.ts`).

import { html } from "../html";
import { calendarDate, time } from "../format";
import { t, word } from "../i18n";
import type { Item, MeetingContext } from "../meeting_data";
import { Rendered } from "../ui";
import { Console } from "./console";

/** A decision that arrived on the live feed while the page was open. */
export interface DecisionNews {
  position: string;
  title: string;
  at: string;
  corrected: boolean;
}

export function LiveView({ ctx, news }: { ctx: MeetingContext; news: DecisionNews[] }) {
  const { meeting, timeZone } = ctx;
  const current = meeting.agenda.items.find((i) => i.id === meeting.currentItem?.id) ?? null;
  const decided = meeting.agenda.items.filter((i) => i.decision);
  return html`<div class="live">
    <section class="now" aria-labelledby="now-title" aria-live="polite">
      <h2 id="now-title">${t("nowDiscussing")}</h2>
      ${meeting.currentItem
        ? html`<p class="now-item">
            ${meeting.currentItem.number !== null && html`<span class="number">${meeting.currentItem.number}.</span> `}
            ${meeting.currentItem.title}
          </p>`
        : html`<p class="muted">${t("nothingYet")}</p>`}
    </section>
    ${news.length > 0 &&
    html`<section aria-labelledby="news-title">
      <h2 id="news-title" class="sr-only">${t("decisions")}</h2>
      <ul class="news" aria-live="polite">
        ${news.map((n) => html`<li data-position=${n.position}>${time(n.at, timeZone)} — ${n.title}</li>`)}
      </ul>
    </section>`}
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">${t("decisions")}</h2>
      ${decided.length === 0
        ? html`<p class="muted">${t("noDecisions")}</p>`
        : html`<ul class="decisions">
            ${decided.map(
              (item) => html`<li class="decision" data-item=${item.id}>
                <${DecisionCard} item=${item} followUps=${meeting.followUps.filter((f) => f.itemId === item.id)} ctx=${ctx} />
              </li>`,
            )}
          </ul>`}
    </section>
    ${ctx.runs && html`<${Console} ctx=${ctx} current=${current} />`}
  </div>`;
}

type FollowUp = MeetingContext["meeting"]["followUps"][number];

function DecisionCard({ item, followUps, ctx }: { item: Item; followUps: FollowUp[]; ctx: MeetingContext }) {
  const d = item.decision;
  if (!d) return null;
  const owner = (f: FollowUp) =>
    f.owner.personName ??
    (f.owner.role === "SECRETARIAT"
      ? t("secretariat")
      : f.owner.role === "CHAIR"
        ? t("chair")
        : f.owner.organizationIds.map((id) => ctx.organizations.find((o) => o.id === id)?.name ?? id).join(", "));
  return html`<article>
    <h3>${item.number !== null && html`${item.number}. `}${item.title}</h3>
    <${Rendered} markup=${d.html} />
    ${d.outcome && html`<p><strong>${t("itemOutcome")}:</strong> ${word(d.outcome)}</p>`}
    ${d.outcomes.length > 0 &&
    html`<ul class="outcomes">
      ${d.outcomes.map((o) => html`<li>${t("recommendation")} ${o.recommendation}: ${word(o.outcome)}${o.note ? ` — ${o.note}` : ""}</li>`)}
    </ul>`}
    ${d.reservations.length > 0 &&
    html`<p><strong>${t("reservations")}:</strong> ${d.reservations.map((r) => `${r.organizationName}: ${r.text}`).join("; ")}</p>`}
    ${followUps.length > 0 &&
    html`<h4>${t("itemFollowUps")}</h4>
      <ul class="follow-ups">
        ${followUps.map((f) => html`<li>${f.description} — ${owner(f)}${f.due ? ` (${t("due")} ${calendarDate(f.due)})` : ""}</li>`)}
      </ul>`}
  </article>`;
}


// The live meeting: for everyone a view that follows "now discussing" and shows each decision
// the moment it is recorded; for the secretariat and chair the console that runs it.

import { useState } from "preact/hooks";
import { html } from "../html";
import { commandId, gql } from "../api";
import { calendarDate, time } from "../format";
import { t, word } from "../i18n";
import type { Item, MeetingContext } from "../meeting_data";
import { ErrorBox, Field, Rendered, useAction } from "../ui";

/** A decision that arrived on the live feed while the page was open. */
export interface DecisionNews {
  position: string;
  title: string;
  at: string;
  corrected: boolean;
}

const OUTCOMES = ["APPROVED", "APPROVED_WITH_CHANGES", "REJECTED", "NOTED", "DISCUSSED", "POSTPONED"];

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

function Console({ ctx, current }: { ctx: MeetingContext; current: Item | null }) {
  const { meeting } = ctx;
  const action = useAction();
  const mutate = (name: string, input: Record<string, unknown>) =>
    action.run(async () => {
      await gql(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { version } }`, {
        input: { commandId: commandId(), meetingId: meeting.id, ...input },
      });
      ctx.refresh();
    });
  return html`<section class="console card" aria-labelledby="console-title">
    <h2 id="console-title">${t("console")}</h2>
    <${ErrorBox} error=${action.error} />
    ${meeting.status === "SCHEDULED" &&
    html`<button type="button" onClick=${() => mutate("openMeeting", {})} disabled=${action.busy}>${t("openMeeting")}</button>`}
    ${meeting.status === "OPEN" &&
    html`<${Attendance} ctx=${ctx} />
      <h3>${t("agenda")}</h3>
      <ol class="console-items">
        ${meeting.agenda.items.map(
          (item) => html`<li>
            <span>${item.title}</span>
            ${item.id !== meeting.currentItem?.id &&
            !item.decision &&
            html`<button aria-label=${`${t("takeUp")}: ${item.title}`} type="button" class="secondary" onClick=${() => mutate("takeUpItem", { itemId: item.id })} disabled=${action.busy}>
              ${t("takeUp")}
            </button>`}
          </li>`,
        )}
      </ol>
      ${current && !current.decision && html`<${DecisionForm} ctx=${ctx} item=${current} />`}
      ${current?.decision && html`<${FollowUpForm} ctx=${ctx} item=${current} />`}
      <p><button type="button" class="secondary" onClick=${() => mutate("adjournMeeting", {})} disabled=${action.busy}>${t("adjourn")}</button></p>`}
  </section>`;
}

function Attendance({ ctx }: { ctx: MeetingContext }) {
  const [name, setName] = useState("");
  const [status, setStatus] = useState("PRESENT_IN_ROOM");
  const [guestFor, setGuestFor] = useState("");
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() =>
      gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { version } }`, {
        input: {
          commandId: commandId(),
          meetingId: ctx.meeting.id,
          entries: [{ name, status, ...(guestFor ? { guestForItemId: guestFor } : {}) }],
        },
      }),
    );
    if (ok) {
      // Only what was sent is cleared: the next name may already be typed meanwhile.
      setName((now) => (now === name ? "" : now));
      setGuestFor((now) => (now === guestFor ? "" : now));
      ctx.refresh();
    }
  };
  const itemTitle = (id: string) => ctx.meeting.agenda.items.find((i) => i.id === id)?.title ?? "";
  const statuses: [string, string][] = [
    ["PRESENT_IN_ROOM", t("inRoom")],
    ["PRESENT_ONLINE", t("online")],
    ["ABSENT", t("absent")],
    ["APOLOGIES", t("apologies")],
  ];
  return html`<form onSubmit=${submit} class="inline-form">
    <h3>${t("attendance")}</h3>
    <ul class="list">
      ${ctx.meeting.attendance.map(
        (a) => html`<li>
          ${a.name} — ${statuses.find(([s]) => s === a.status)?.[1] ?? a.status}${a.guestForItem ? ` (${t("guestFor")} ${itemTitle(a.guestForItem)})` : ""}
        </li>`,
      )}
    </ul>
    <${Field} label=${t("name")} id="a-name"><input id="a-name" required value=${name} onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)} /><//>
    <${Field} label=${t("status")} id="a-status">
      <select id="a-status" value=${status} onChange=${(e: Event) => setStatus((e.target as HTMLSelectElement).value)}>
        ${statuses.map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
    <//>
    <${Field} label=${t("guestFor")} id="a-guest">
      <select id="a-guest" value=${guestFor} onChange=${(e: Event) => setGuestFor((e.target as HTMLSelectElement).value)}>
        <option value="">${t("wholeMeeting")}</option>
        ${ctx.meeting.agenda.items.map((i) => html`<option value=${i.id}>${i.title}</option>`)}
      </select>
    <//>
    <${ErrorBox} error=${action.error} />
    <button type="submit" disabled=${action.busy}>${t("addAttendance")}</button>
  </form>`;
}

function DecisionForm({ ctx, item }: { ctx: MeetingContext; item: Item }) {
  const proposals = item.sections.find((s) => s.section === "RECOMMENDATIONS")?.proposals ?? [];
  const [text, setText] = useState("");
  const [outcomes, setOutcomes] = useState<string[]>(proposals.map(() => "APPROVED"));
  const [itemOutcome, setItemOutcome] = useState(item.kind === "DISCUSSION" ? "DISCUSSED" : "NOTED");
  const [key] = useState(commandId());
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    await action.run(async () => {
      await gql(`mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { version } }`, {
        input: {
          commandId: key,
          meetingId: ctx.meeting.id,
          itemId: item.id,
          text,
          ...(proposals.length > 0
            ? { outcomes: outcomes.map((outcome, i) => ({ recommendation: i + 1, outcome })) }
            : { outcome: itemOutcome }),
        },
      });
      ctx.refresh();
    });
  };
  return html`<form onSubmit=${submit} class="decision-form">
    <h3>${t("recordDecision")}: ${item.title}</h3>
    <${Field} label=${t("decisionText")} id="d-text">
      <textarea id="d-text" rows="4" required value=${text} onInput=${(e: Event) => setText((e.target as HTMLTextAreaElement).value)}></textarea>
    <//>
    ${proposals.length > 0
      ? proposals.map(
          (p, i) => html`<${Field} label=${`${t("recommendation")} ${i + 1}: ${p}`} id=${`d-outcome-${i}`}>
            <select
              id=${`d-outcome-${i}`}
              value=${outcomes[i]}
              onChange=${(e: Event) => setOutcomes(outcomes.map((o, j) => (j === i ? (e.target as HTMLSelectElement).value : o)))}
            >
              ${OUTCOMES.map((o) => html`<option value=${o}>${word(o)}</option>`)}
            </select>
          <//>`,
        )
      : html`<${Field} label=${t("itemOutcome")} id="d-outcome">
          <select id="d-outcome" value=${itemOutcome} onChange=${(e: Event) => setItemOutcome((e.target as HTMLSelectElement).value)}>
            ${OUTCOMES.map((o) => html`<option value=${o}>${word(o)}</option>`)}
          </select>
        <//>`}
    <${ErrorBox} error=${action.error} />
    <button type="submit" disabled=${action.busy}>${t("recordDecision")}</button>
  </form>`;
}

function FollowUpForm({ ctx, item }: { ctx: MeetingContext; item: Item }) {
  const [description, setDescription] = useState("");
  const [owner, setOwner] = useState("SECRETARIAT");
  const [key, setKey] = useState(commandId());
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() =>
      gql(`mutation($input: AssignFollowUpInput!) { assignFollowUp(input: $input) { version } }`, {
        input: {
          commandId: key,
          meetingId: ctx.meeting.id,
          itemId: item.id,
          description,
          ...(owner === "SECRETARIAT" || owner === "CHAIR" ? { ownerRole: owner } : { ownerOrganizationId: owner }),
        },
      }),
    );
    if (ok) {
      setDescription((now) => (now === description ? "" : now));
      setKey(commandId());
      ctx.refresh();
    }
  };
  return html`<form onSubmit=${submit} class="inline-form">
    <h3>${t("followUp")}: ${item.title}</h3>
    <${Field} label=${t("followUp")} id="f-text">
      <input id="f-text" required value=${description} onInput=${(e: Event) => setDescription((e.target as HTMLInputElement).value)} />
    <//>
    <${Field} label=${t("owner")} id="f-owner">
      <select id="f-owner" value=${owner} onChange=${(e: Event) => setOwner((e.target as HTMLSelectElement).value)}>
        <option value="SECRETARIAT">${t("secretariat")}</option>
        <option value="CHAIR">${t("chair")}</option>
        ${ctx.organizations.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
      </select>
    <//>
    <${ErrorBox} error=${action.error} />
    <button type="submit" disabled=${action.busy}>${t("assign")}</button>
  </form>`;
}

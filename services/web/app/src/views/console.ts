// The console that runs a meeting (secretariat and chair): open it, record attendance (guests
// per item), take up items, record each decision with an outcome per recommendation and
// reservations, assign follow-ups, adjourn.

import { useState } from "preact/hooks";
import { html } from "../html";
import { commandId, mutate } from "../api";
import { t, word } from "../i18n";
import type { Item, MeetingContext } from "../meeting_data";
import { ErrorBox, Field, useAction } from "../ui";

const OUTCOMES = ["APPROVED", "APPROVED_WITH_CHANGES", "REJECTED", "NOTED", "DISCUSSED", "POSTPONED"];

export function Console({ ctx, current }: { ctx: MeetingContext; current: Item | null }) {
  const { meeting } = ctx;
  const action = useAction();
  const run = (name: string, input: Record<string, unknown>) =>
    action.run(async () => {
      await mutate(name, { commandId: commandId(), meetingId: meeting.id, ...input });
      ctx.refresh();
    });
  return html`<section class="console card" aria-labelledby="console-title">
    <h2 id="console-title">${t("console")}</h2>
    <${ErrorBox} error=${action.error} />
    ${meeting.status === "SCHEDULED" &&
    html`<button type="button" onClick=${() => run("openMeeting", {})} disabled=${action.busy}>${t("openMeeting")}</button>`}
    ${meeting.status === "OPEN" &&
    html`<${Attendance} ctx=${ctx} />
      <h3>${t("agenda")}</h3>
      <ol class="console-items">
        ${meeting.agenda.items.map(
          (item) => html`<li>
            <span>${item.title}</span>
            ${item.id !== meeting.currentItem?.id &&
            !item.decision &&
            html`<button aria-label=${`${t("takeUp")}: ${item.title}`} type="button" class="secondary" onClick=${() => run("takeUpItem", { itemId: item.id })} disabled=${action.busy}>
              ${t("takeUp")}
            </button>`}
          </li>`,
        )}
      </ol>
      ${current && !current.decision && html`<${DecisionForm} ctx=${ctx} item=${current} />`}
      ${current?.decision && html`<${FollowUpForm} ctx=${ctx} item=${current} />`}
      <p><button type="button" class="secondary" onClick=${() => run("adjournMeeting", {})} disabled=${action.busy}>${t("adjourn")}</button></p>`}
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
      mutate("recordAttendance", {
        commandId: commandId(),
        meetingId: ctx.meeting.id,
        entries: [{ name, status, ...(guestFor ? { guestForItemId: guestFor } : {}) }],
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
  const [reservations, setReservations] = useState<Reservation[]>([]);
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    await action.run(async () => {
      await mutate("recordDecision", {
        commandId: key,
        meetingId: ctx.meeting.id,
        itemId: item.id,
        text,
        ...(proposals.length > 0
          ? { outcomes: outcomes.map((outcome, i) => ({ recommendation: i + 1, outcome })) }
          : { outcome: itemOutcome }),
        reservations: reservations
          .filter((r) => r.organizationId && r.text.trim())
          .map((r) => ({
            organizationId: r.organizationId,
            organizationName: ctx.organizations.find((o) => o.id === r.organizationId)?.name ?? "",
            text: r.text,
            ...(r.recommendation ? { recommendation: Number(r.recommendation) } : {}),
          })),
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
    <fieldset class="reservations">
      <legend>${t("reservations")}</legend>
      ${reservations.map(
        (r, i) => html`<${ReservationFields}
          n=${i + 1}
          value=${r}
          organizations=${ctx.organizations}
          recommendations=${proposals.length}
          onChange=${(next: Reservation) => setReservations(reservations.map((x, j) => (j === i ? next : x)))}
        />`,
      )}
      <button
        type="button"
        class="secondary"
        onClick=${() => setReservations([...reservations, { organizationId: "", text: "", recommendation: "" }])}
      >
        ${t("addReservation")}
      </button>
    </fieldset>
    <${ErrorBox} error=${action.error} />
    <button type="submit" disabled=${action.busy}>${t("recordDecision")}</button>
  </form>`;
}

interface Reservation {
  organizationId: string;
  text: string;
  recommendation: string;
}

/** One organisation's reservation (forbehold), optionally on one recommendation. */
function ReservationFields(props: {
  n: number;
  value: Reservation;
  organizations: { id: string; name: string }[];
  recommendations: number;
  onChange: (next: Reservation) => void;
}) {
  const { n, value, organizations, recommendations, onChange } = props;
  const set = (field: keyof Reservation) => (e: Event) => onChange({ ...value, [field]: (e.target as HTMLInputElement).value });
  return html`<div class="reservation">
    <${Field} label=${`${t("reservation")} ${n}: ${t("organization")}`} id=${`r-org-${n}`}>
      <select id=${`r-org-${n}`} value=${value.organizationId} onChange=${set("organizationId")}>
        <option value="">—</option>
        ${organizations.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
      </select>
    <//>
    ${recommendations > 0 &&
    html`<${Field} label=${`${t("reservation")} ${n}: ${t("recommendation")}`} id=${`r-rec-${n}`}>
      <select id=${`r-rec-${n}`} value=${value.recommendation} onChange=${set("recommendation")}>
        <option value="">${t("wholeItem")}</option>
        ${Array.from({ length: recommendations }, (_, i) => html`<option value=${String(i + 1)}>${i + 1}</option>`)}
      </select>
    <//>`}
    <${Field} label=${`${t("reservation")} ${n}: ${t("reservationText")}`} id=${`r-text-${n}`}>
      <input id=${`r-text-${n}`} value=${value.text} onInput=${set("text")} />
    <//>
  </div>`;
}

function FollowUpForm({ ctx, item }: { ctx: MeetingContext; item: Item }) {
  const [description, setDescription] = useState("");
  const [owner, setOwner] = useState("SECRETARIAT");
  const [key, setKey] = useState(commandId());
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() =>
      mutate("assignFollowUp", {
        commandId: key,
        meetingId: ctx.meeting.id,
        itemId: item.id,
        description,
        ...(owner === "SECRETARIAT" || owner === "CHAIR" ? { ownerRole: owner } : { ownerOrganizationId: owner }),
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

// Afterwards: the minutes in the forum's layout (print-friendly), their approval, and each
// item's history — who changed what, when, for which organisation.

import { useState } from "preact/hooks";
import { html } from "../html";
import { commandId, gql, mutate } from "../api";
import { dateTime } from "../format";
import { t, word } from "../i18n";
import type { MeetingContext } from "../meeting_data";
import { ErrorBox, Loading, Rendered, useAction, useLoad } from "../ui";

interface HistoryEntry {
  position: string;
  type: string;
  occurredAt: string;
  recordedAt: string | null;
  actor: { personId: string; organizationName: string | null };
}

export function MinutesView({ ctx }: { ctx: MeetingContext }) {
  const { meeting, timeZone } = ctx;
  const minutes = useLoad(
    () => gql<{ meeting: { minutes: string } | null }>(`query($id: ID!) { meeting(id: $id) { minutes(format: HTML) } }`, { id: meeting.id }),
    [meeting.id, meeting.position],
  );
  const action = useAction();
  const approve = () =>
    action.run(async () => {
      await mutate("approveMinutes", { commandId: commandId(), meetingId: meeting.id });
      ctx.refresh();
    });
  return html`<div class="minutes-page">
    <div class="actions no-print">
      <button type="button" class="secondary" onClick=${() => window.print()}>${t("print")}</button>
      ${ctx.runs &&
      meeting.status === "ADJOURNED" &&
      !meeting.minutesApprovedAt &&
      html`<button type="button" onClick=${approve} disabled=${action.busy}>${t("approveMinutes")}</button>`}
    </div>
    ${meeting.minutesApprovedAt && html`<p class="notice">${t("approvedAt")}: ${dateTime(meeting.minutesApprovedAt, timeZone)}</p>`}
    <${ErrorBox} error=${action.error} />
    ${minutes.loading && html`<${Loading} />`}
    <${ErrorBox} error=${minutes.error} />
    ${minutes.data?.meeting &&
    (minutes.data.meeting.minutes
      ? html`<${Rendered} class="prose minutes" markup=${minutes.data.meeting.minutes} />`
      : html`<p class="muted">${t("minutesNotYet")}</p>`)}
    ${ctx.member &&
    html`<section class="no-print" aria-labelledby="history-title">
      <h2 id="history-title">${t("history")}</h2>
      ${meeting.agenda.items.map((item) => html`<${ItemHistory} id=${item.id} title=${item.title} timeZone=${timeZone} names=${ctx.names} />`)}
    </section>`}
  </div>`;
}

type Names = Record<string, string>;

function ItemHistory({ id, title, timeZone, names }: { id: string; title: string; timeZone: string; names: Names }) {
  const [open, setOpen] = useState(false);
  return html`<details onToggle=${(e: Event) => setOpen((e.target as HTMLDetailsElement).open)}>
    <summary>${title}</summary>
    ${open && html`<${HistoryTable} id=${id} timeZone=${timeZone} names=${names} />`}
  </details>`;
}

function HistoryTable({ id, timeZone, names }: { id: string; timeZone: string; names: Names }) {
  const { data, error, loading } = useLoad(
    () =>
      gql<{ history: HistoryEntry[] }>(
        `query($id: ID!) { history(entityId: $id) { position type occurredAt recordedAt actor { personId organizationName } } }`,
        { id },
      ),
    [id],
  );
  if (loading) return html`<${Loading} />`;
  if (error) return html`<${ErrorBox} error=${error} />`;
  return html`<table>
    <thead><tr><th scope="col">${t("when")}</th><th scope="col">${t("what")}</th><th scope="col">${t("who")}</th></tr></thead>
    <tbody>
      ${data?.history.map(
        (h) => html`<tr>
          <td>${dateTime(h.occurredAt, timeZone)}</td>
          <td>${word(h.type)}</td>
          <td>${names[h.actor.personId] ?? t("unknownPerson")}${h.actor.organizationName ? `, ${h.actor.organizationName}` : ""}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

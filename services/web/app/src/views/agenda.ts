// Drafting the agenda: any organisation proposes items and edits sections; the secretariat
// and chair accept, reject, reorder (drag or buttons) and publish. Other people's edits
// arrive through the meeting's live feed.

import { useState } from "preact/hooks";
import { html } from "../html";
import { commandId, mutate } from "../api";
import { t, word } from "../i18n";
import type { Item, MeetingContext } from "../meeting_data";
import { ErrorBox, Field, Rendered, useAction } from "../ui";
import { SectionEditor } from "./editor";

const SECTIONS = ["SUMMARY", "RECOMMENDATIONS", "BACKGROUND", "FINANCES", "PREVIOUS_DECISIONS", "COORDINATION", "APPROVED_BY"];
const KINDS = ["DECISION", "DISCUSSION", "INFORMATION", "APPROVAL", "WRITTEN_INFORMATION", "MUTUAL_INFORMATION", "PRESENTATION", "ANY_OTHER_BUSINESS", "BREAK"];

export function AgendaView({ ctx }: { ctx: MeetingContext }) {
  const { meeting, runs } = ctx;
  const action = useAction();
  const [dragged, setDragged] = useState<string | null>(null);
  const accepted = meeting.agenda.items;
  const others = meeting.otherItems.filter((i) => i.status === "PROPOSED");
  const run = (name: string, input: Record<string, unknown>) =>
    action.run(async () => {
      await mutate(name, { commandId: commandId(), meetingId: meeting.id, ...input });
      ctx.refresh();
    });
  const reorder = (ids: string[]) => run("reorderAgenda", { itemIds: ids });
  const move = (index: number, by: number) => {
    const ids = accepted.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id);
    void reorder(ids);
  };
  const drop = (target: string) => {
    if (!dragged || dragged === target) return;
    const ids = accepted.map((i) => i.id).filter((i) => i !== dragged);
    ids.splice(ids.indexOf(target), 0, dragged);
    setDragged(null);
    void reorder(ids);
  };
  return html`<section aria-labelledby="agenda-title">
    <h2 id="agenda-title">${t("agenda")}</h2>
    <${ErrorBox} error=${action.error} />
    ${runs &&
    meeting.status === "SCHEDULED" &&
    html`<p><button type="button" onClick=${() => run("publishAgenda", {})} disabled=${action.busy}>${t("publish")}</button></p>`}
    <ol class="items">
      ${accepted.map(
        (item, index) => html`<li
          class="item"
          draggable=${runs}
          onDragStart=${() => setDragged(item.id)}
          onDragOver=${(e: DragEvent) => runs && e.preventDefault()}
          onDrop=${() => drop(item.id)}
        >
          <${ItemCard} item=${item} ctx=${ctx} />
          ${runs &&
          html`<div class="actions">
            <button aria-label=${`${t("moveUp")}: ${item.title}`} type="button" class="secondary" disabled=${index === 0 || action.busy} onClick=${() => move(index, -1)}>
              ${t("moveUp")}
            </button>
            <button aria-label=${`${t("moveDown")}: ${item.title}`} type="button" class="secondary" disabled=${index === accepted.length - 1 || action.busy} onClick=${() => move(index, 1)}>
              ${t("moveDown")}
            </button>
          </div>`}
        </li>`,
      )}
    </ol>
    ${others.length > 0 &&
    html`<h3>${t("proposed")}</h3>
      <ul class="items">
        ${others.map(
          (item) => html`<li class="item proposed">
            <${ItemCard} item=${item} ctx=${ctx} />
            ${runs &&
            html`<div class="actions">
              <button aria-label=${`${t("accept")}: ${item.title}`} type="button" onClick=${() => run("acceptAgendaItem", { itemId: item.id })} disabled=${action.busy}>
                ${t("accept")}
              </button>
              <button aria-label=${`${t("reject")}: ${item.title}`} type="button" class="secondary" onClick=${() => run("rejectAgendaItem", { itemId: item.id })} disabled=${action.busy}>
                ${t("reject")}
              </button>
            </div>`}
          </li>`,
        )}
      </ul>`}
    ${ctx.member && html`<${ProposeForm} ctx=${ctx} />`}
  </section>`;
}

export function ItemCard({ item, ctx }: { item: Item; ctx: MeetingContext }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState("");
  const present = item.sections.map((s) => s.section);
  const missing = SECTIONS.filter((s) => !present.includes(s));
  const closedHidden = item.title === t("closedItem") || item.title === "Lukket punkt";
  return html`<article class="item-card" aria-labelledby=${`item-${item.id}`}>
    <h3 id=${`item-${item.id}`}>
      ${item.number !== null && html`<span class="number">${item.number}.</span> `}${item.title}
    </h3>
    <p class="badges">
      ${item.kind && html`<span class="badge">${word(item.kind)}</span>`}
      ${item.visibility === "CLOSED" && html`<span class="badge closed">${t("closed")}</span>`}
      ${item.status && item.status !== "ACCEPTED" && html`<span class="badge">${word(item.status)}</span>`}
      ${item.changedAfterPublication && html`<span class="badge changed">${t("changedAfterPublication")}</span>`}
      ${item.timeSlot && html`<span class="muted">${item.timeSlot}</span>`}
      ${item.caseReference &&
      html`<a class="muted" href=${`/cases/${encodeURIComponent(item.caseReference)}`}>${t("caseId")} ${item.caseReference}</a>`}
      ${item.presenters.length > 0 && html`<span class="muted">${t("presenters")} ${item.presenters.join(", ")}</span>`}
    </p>
    ${item.sections.map(
      (s) => html`<section class="section" aria-label=${word(s.section)}>
        <h4>${word(s.section)}</h4>
        ${editing === s.section
          ? html`<${SectionEditor}
              meetingId=${ctx.meeting.id}
              itemId=${item.id}
              section=${s.section}
              text=${s.text}
              revision=${s.revision}
              onClose=${() => setEditing(null)}
              onSaved=${ctx.refresh}
            />`
          : html`<${Rendered} markup=${s.html} />
              ${ctx.member &&
              !closedHidden &&
              html`<button aria-label=${`${t("edit")}: ${word(s.section)}, ${item.title}`} type="button" class="link" onClick=${() => setEditing(s.section)}>
                ${t("edit")}
              </button>`}`}
      </section>`,
    )}
    ${editing && !present.includes(editing) &&
    html`<${SectionEditor}
      meetingId=${ctx.meeting.id}
      itemId=${item.id}
      section=${editing}
      text=""
      revision=${0}
      onClose=${() => setEditing(null)}
      onSaved=${ctx.refresh}
    />`}
    ${ctx.member &&
    !closedHidden &&
    missing.length > 0 &&
    !editing &&
    html`<div class="add-section">
      <label for=${`add-${item.id}`}>${t("addSection")}</label>
      <select id=${`add-${item.id}`} value=${adding} onChange=${(e: Event) => setAdding((e.target as HTMLSelectElement).value)}>
        <option value="">—</option>
        ${missing.map((s) => html`<option value=${s}>${word(s)}</option>`)}
      </select>
      <button type="button" class="secondary" disabled=${!adding} onClick=${() => setEditing(adding)}>${t("write")}</button>
    </div>`}
    ${item.attachments.length > 0 &&
    html`<p class="muted">${t("attachments")}: ${item.attachments.map((a) => a.title).join("; ")}</p>`}
  </article>`;
}

function ProposeForm({ ctx }: { ctx: MeetingContext }) {
  const [form, setForm] = useState({ title: "", kind: "DECISION", visibility: "OPEN", summary: "" });
  const [key, setKey] = useState(commandId());
  const action = useAction();
  const set = (field: keyof typeof form) => (e: Event) => setForm({ ...form, [field]: (e.target as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() =>
      mutate("proposeAgendaItem", {
        commandId: key,
        meetingId: ctx.meeting.id,
        title: form.title,
        kind: form.kind,
        visibility: form.visibility,
        sections: form.summary ? [{ section: "SUMMARY", text: form.summary }] : [],
      }),
    );
    if (ok) {
      const sent = form;
      setForm((now) => (now === sent ? { title: "", kind: "DECISION", visibility: "OPEN", summary: "" } : now));
      setKey(commandId());
      ctx.refresh();
    }
  };
  return html`<form class="card" onSubmit=${submit}>
    <h3>${t("proposeItem")}</h3>
    <${Field} label=${t("title")} id="p-title"><input id="p-title" required value=${form.title} onInput=${set("title")} /><//>
    <${Field} label=${t("kind")} id="p-kind">
      <select id="p-kind" value=${form.kind} onChange=${set("kind")}>
        ${KINDS.map((k) => html`<option value=${k}>${word(k)}</option>`)}
      </select>
    <//>
    <${Field} label=${t("visibility")} id="p-visibility">
      <select id="p-visibility" value=${form.visibility} onChange=${set("visibility")}>
        <option value="OPEN">${t("open")}</option>
        <option value="CLOSED">${t("closed")}</option>
      </select>
    <//>
    <${Field} label=${t("summary")} id="p-summary"><textarea id="p-summary" rows="4" value=${form.summary} onInput=${set("summary")}></textarea><//>
    <${ErrorBox} error=${action.error} />
    <button type="submit" disabled=${action.busy}>${t("proposeItem")}</button>
  </form>`;
}

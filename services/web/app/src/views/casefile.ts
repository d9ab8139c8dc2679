// A case file: every agenda item with the same Sags ID, across meetings and forums, in the
// order of the meetings, with what was decided each time.

import { html } from "../html";
import { gql } from "../api";
import { dateTime } from "../format";
import { t, word } from "../i18n";
import { ErrorBox, Loading, Rendered, useLoad } from "../ui";

interface CaseItem {
  id: string;
  meetingId: string | null;
  title: string;
  kind: string | null;
  decision: { html: string; outcome: string | null } | null;
}

interface MeetingHead {
  id: string;
  title: string | null;
  startsAt: string | null;
}

async function load(reference: string) {
  const { caseFile } = await gql<{ caseFile: CaseItem[] }>(
    `query($r: String!) { caseFile(reference: $r) { id meetingId title kind decision { html outcome } } }`,
    { r: reference },
  );
  const ids = [...new Set(caseFile.map((i) => i.meetingId).filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return { items: caseFile, meetings: new Map<string, MeetingHead>(), timeZone: "Europe/Copenhagen" };
  const fields = ids.map((id, n) => `m${n}: meeting(id: ${JSON.stringify(id)}) { id title startsAt partnershipId }`).join(" ");
  const heads = await gql<Record<string, (MeetingHead & { partnershipId: string | null }) | null>>(`query { ${fields} }`);
  const meetings = new Map<string, MeetingHead>();
  for (const m of Object.values(heads)) if (m) meetings.set(m.id, m);
  const partnership = Object.values(heads).find((m) => m?.partnershipId)?.partnershipId;
  let timeZone = "Europe/Copenhagen";
  if (partnership) {
    const p = await gql<{ partnership: { timeZone: string } | null }>(`query($p: ID!) { partnership(id: $p) { timeZone } }`, {
      p: partnership,
    });
    timeZone = p.partnership?.timeZone ?? timeZone;
  }
  const when = (i: CaseItem) => (i.meetingId && meetings.get(i.meetingId)?.startsAt) || "";
  return { items: [...caseFile].sort((a, b) => when(a).localeCompare(when(b))), meetings, timeZone };
}

export function CaseFilePage({ reference }: { reference: string }) {
  const { data, error, loading } = useLoad(() => load(reference), [reference]);
  return html`<article>
    <h1>${t("caseFile")} ${reference}</h1>
    ${loading && html`<${Loading} />`}
    <${ErrorBox} error=${error} />
    ${data &&
    (data.items.length === 0
      ? html`<p class="muted">${t("caseFileEmpty")}</p>`
      : html`<ol class="case-file">
          ${data.items.map((item) => {
            const meeting = item.meetingId ? data.meetings.get(item.meetingId) : undefined;
            return html`<li class="card">
              <h2>${item.title}</h2>
              <p class="muted">
                ${item.kind && word(item.kind)}
                ${meeting &&
                html` · <a href=${`/meetings/${meeting.id}/minutes`}>${meeting.title || t("meeting")} ${dateTime(meeting.startsAt, data.timeZone)}</a>`}
              </p>
              ${item.decision
                ? html`<${Rendered} markup=${item.decision.html} />
                    ${item.decision.outcome && html`<p><strong>${t("itemOutcome")}:</strong> ${word(item.decision.outcome)}</p>`}`
                : html`<p class="muted">${t("noDecisions")}</p>`}
            </li>`;
          })}
        </ol>`)}
  </article>`;
}

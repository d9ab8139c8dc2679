// A partnership's home: forums and their meetings, open follow-ups, initiatives, fund pools.

import { useState } from "preact/hooks";
import { html } from "../html";
import { commandId, gql } from "../api";
import { claims } from "../auth";
import { calendarDate, dateTime, money, shortDate, toInstant } from "../format";
import { t, word } from "../i18n";
import { navigate } from "../router";
import { ErrorBox, Field, Loading, useAction, useLoad } from "../ui";
import { RUNS } from "../meeting_data";
import { BalanceChart } from "./chart";

interface Light {
  light: string;
  comment: string;
}

interface Data {
  partnership: {
    id: string;
    name: string;
    timeZone: string;
    organizations: { id: string; name: string }[];
    forums: {
      id: string;
      name: string;
      members: { personId: string; role: string }[];
      calendar: { id: string; title: string | null; startsAt: string | null; status: string }[];
    }[];
    initiatives: {
      id: string;
      title: string;
      status: string;
      latestReport: { asOf: string; activities: Light | null; schedule: Light | null; resources: Light | null; summary: string | null } | null;
    }[];
    fundPools: {
      id: string;
      name: string;
      currency: string;
      balance: { available: { amount: string } };
      ledger: { position: string; type: string; occurredAt: string; amount: { amount: string } | null; availableAfter: { amount: string }; note: string | null }[];
    }[];
  } | null;
}

type OpenFollowUp = { meetingId: string; followUp: { id: string; description: string; due: string | null } };

const QUERY = `query($id: ID!) {
  partnership(id: $id) {
    id name timeZone organizations { id name }
    forums { id name members { personId role } calendar { id title startsAt status } }
    initiatives { id title status latestReport { asOf summary
      activities { light comment } schedule { light comment } resources { light comment } } }
    fundPools { id name currency balance { available { amount } }
      ledger { position type occurredAt amount { amount } availableAfter { amount } note } }
  }
}`;

/** Each organisation's open follow-ups (those with any), the reader's own organisation first. */
async function followUpsByOrganization(data: Data, own: string | undefined) {
  const orgs = [...(data.partnership?.organizations ?? [])].sort((a, b) => Number(b.id === own) - Number(a.id === own));
  if (orgs.length === 0) return [];
  const fields = orgs
    .map((o, n) => `o${n}: organizationFollowUps(organizationId: ${JSON.stringify(o.id)}) { meetingId followUp { id description due } }`)
    .join(" ");
  const lists = await gql<Record<string, OpenFollowUp[]>>(`query { ${fields} }`);
  return orgs.map((o, n): [{ id: string; name: string }, OpenFollowUp[]] => [o, lists[`o${n}`] ?? []]).filter(([, l]) => l.length > 0);
}

export function PartnershipPage({ id }: { id: string }) {
  const who = claims();
  const { data, error, loading, reload } = useLoad(
    async () => {
      const data = await gql<Data>(QUERY, { id });
      return { ...data, followUps: await followUpsByOrganization(data, who?.org) };
    },
    [id],
  );
  if (loading) return html`<${Loading} />`;
  if (error) return html`<${ErrorBox} error=${error} />`;
  const p = data?.partnership;
  if (!p) return html`<h1>${t("notFound")}</h1>`;
  const tz = p.timeZone;
  const runs = p.forums.filter((f) => f.members.some((m) => m.personId === who?.sub && RUNS.includes(m.role)));
  return html`<article>
    <h1>${p.name}</h1>
    <div class="grid">
      <section aria-labelledby="forums">
        <h2 id="forums">${t("calendar")}</h2>
        ${p.forums.map(
          (f) => html`<section class="card">
            <h3>${f.name}</h3>
            ${f.calendar.length === 0
              ? html`<p class="muted">${t("noMeetings")}</p>`
              : html`<ul class="list">
                  ${f.calendar.map(
                    (m) => html`<li>
                      <a href=${`/meetings/${m.id}`}>${m.title ?? f.name}</a>
                      <span class="muted"> — ${dateTime(m.startsAt, tz)} · ${word(m.status)}</span>
                    </li>`,
                  )}
                </ul>`}
          </section>`,
        )}
        ${runs.length > 0 && html`<${ScheduleForm} forums=${runs} timeZone=${tz} onDone=${reload} />`}
      </section>
      <section aria-labelledby="followups">
        <h2 id="followups">${t("followUpsByOrganization")}</h2>
        ${!data?.followUps.length
          ? html`<p class="muted">${t("noFollowUps")}</p>`
          : data.followUps.map(
              ([org, list]) => html`<h3>${org.name}</h3>
                <ul class="list">
                  ${list.map(
                    (f) => html`<li>
                      <a href=${`/meetings/${f.meetingId}/minutes`}>${f.followUp.description}</a>
                      ${f.followUp.due && html`<span class="muted"> — ${t("due")} ${calendarDate(f.followUp.due)}</span>`}
                    </li>`,
                  )}
                </ul>`,
            )}
        <h2>${t("initiatives")}</h2>
        ${p.initiatives.length === 0
          ? html`<p class="muted">${t("noInitiatives")}</p>`
          : html`<ul class="list">
              ${p.initiatives.map(
                (i) => html`<li>
                  <strong>${i.title}</strong> <span class="muted">${word(i.status)}</span>
                  ${i.latestReport && html`<${Lights} report=${i.latestReport} />`}
                </li>`,
              )}
            </ul>`}
      </section>
    </div>
    <section aria-labelledby="funds">
      <h2 id="funds">${t("funds")}</h2>
      ${p.fundPools.map((pool) => html`<${Pool} pool=${pool} timeZone=${tz} />`)}
    </section>
  </article>`;
}

function Lights({ report }: { report: NonNullable<Data["partnership"]>["initiatives"][number]["latestReport"] }) {
  if (!report) return null;
  const rows: [string, Light | null][] = [
    [t("activities"), report.activities],
    [t("schedule"), report.schedule],
    [t("resources"), report.resources],
  ];
  return html`<ul class="lights">
    ${rows
      .filter(([, l]) => l)
      .map(([label, l]) => html`<li><span class=${`light ${l!.light.toLowerCase()}`} aria-hidden="true"></span>${label}: ${word(l!.light)}</li>`)}
    ${report.summary && html`<li>${report.summary}</li>`}
  </ul>`;
}

function Pool({ pool, timeZone }: { pool: NonNullable<Data["partnership"]>["fundPools"][number]; timeZone: string }) {
  const points = pool.ledger.map((e) => ({ at: e.occurredAt, amount: Number(e.availableAfter.amount) }));
  return html`<section class="card">
    <h3>${pool.name}</h3>
    <p><strong>${t("balance")}:</strong> ${money(pool.balance.available.amount, pool.currency)}</p>
    <${BalanceChart} points=${points} currency=${pool.currency} timeZone=${timeZone} />
    <div class="scroll" tabindex="0" role="region" aria-label=${`${t("ledger")}: ${pool.name}`}>
      <table>
        <caption>${t("ledger")}</caption>
        <thead><tr><th scope="col">${t("date")}</th><th scope="col">${t("type")}</th><th scope="col" class="num">${t("amount")}</th><th scope="col" class="num">${t("availableAfter")}</th></tr></thead>
        <tbody>
          ${pool.ledger.map(
            (e) => html`<tr>
              <td>${shortDate(e.occurredAt, timeZone)}</td>
              <td>${word(e.type)}${e.note ? ` — ${e.note}` : ""}</td>
              <td class="num">${e.amount ? money(e.amount.amount, pool.currency) : ""}</td>
              <td class="num">${money(e.availableAfter.amount, pool.currency)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function ScheduleForm({ forums, timeZone, onDone }: { forums: { id: string; name: string }[]; timeZone: string; onDone: () => void }) {
  const [form, setForm] = useState({ forumId: forums[0].id, date: "", clock: "14:00", address: "", link: "" });
  const action = useAction();
  const [key] = useState(commandId());
  const set = (field: keyof typeof form) => (e: Event) => setForm({ ...form, [field]: (e.target as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(async () => {
      const data = await gql<{ scheduleMeeting: { meeting: { id: string } } }>(
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
        {
          input: {
            commandId: key,
            forumId: form.forumId,
            startsAt: toInstant(form.date, form.clock, timeZone),
            location: form.address ? { address: form.address } : null,
            onlineLink: form.link || null,
            placeNotGiven: !form.address && !form.link,
          },
        },
      );
      onDone();
      navigate(`/meetings/${data.scheduleMeeting.meeting.id}/agenda`);
    });
    if (!ok) return;
  };
  return html`<form class="card" onSubmit=${submit}>
    <h3>${t("scheduleMeeting")}</h3>
    <${Field} label=${t("forum")} id="s-forum">
      <select id="s-forum" value=${form.forumId} onChange=${set("forumId")}>
        ${forums.map((f) => html`<option value=${f.id}>${f.name}</option>`)}
      </select>
    <//>
    <${Field} label=${t("date")} id="s-date"><input id="s-date" type="date" required value=${form.date} onInput=${set("date")} /><//>
    <${Field} label=${t("time")} id="s-time"><input id="s-time" type="time" required value=${form.clock} onInput=${set("clock")} /><//>
    <${Field} label=${t("place")} id="s-place"><input id="s-place" value=${form.address} onInput=${set("address")} /><//>
    <${Field} label=${t("onlineLink")} id="s-link"><input id="s-link" type="url" value=${form.link} onInput=${set("link")} /><//>
    <${ErrorBox} error=${action.error} />
    <button type="submit" disabled=${action.busy}>${t("scheduleMeeting")}</button>
  </form>`;
}

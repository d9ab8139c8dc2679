// A meeting: its header, the connection state, and the agenda, live and minutes views.
// The meeting follows the live feed (resumed from its last position after a drop); those
// who may not subscribe (the public, other partnerships) get it refreshed every 3 seconds.

import { useEffect, useRef, useState } from "preact/hooks";
import { html } from "../html";
import { Feed, gql, type Connection } from "../api";
import { claims } from "../auth";
import { ApiError } from "../errors";
import { dateTime } from "../format";
import { t, word } from "../i18n";
import { ITEM_FIELDS, MEETING_FIELDS, RUNS, type Meeting, type MeetingContext } from "../meeting_data";
import { ErrorBox, Loading } from "../ui";
import { AgendaView } from "./agenda";
import { LiveView, type DecisionNews } from "./live";
import { MinutesView } from "./minutes";

const QUERY = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } } ${ITEM_FIELDS}`;
const CONTEXT = `query($p: ID!, $f: ID!) {
  partnership(id: $p) { timeZone organizations { id name } }
  forum(id: $f) { name members(includeEnded: true) { personId personName role validUntil } } }`;
const FEED = `subscription($id: ID!, $after: String) {
  meetingEvents(meetingId: $id, after: $after) {
    position type occurredAt actor { organizationName }
    item { id title }
    meeting { ${MEETING_FIELDS} } } } ${ITEM_FIELDS}`;

interface FeedEvent {
  position: string;
  type: string;
  occurredAt: string;
  actor: { organizationName: string | null };
  item: { id: string; title: string } | null;
  meeting: Meeting;
}

export function MeetingPage({ id, view }: { id: string; view: "agenda" | "live" | "minutes" }) {
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [context, setContext] = useState<Omit<MeetingContext, "meeting" | "refresh"> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [news, setNews] = useState<DecisionNews[]>([]);
  const seen = useRef(new Set<string>());

  const load = async () => {
    try {
      const data = await gql<{ meeting: Meeting | null }>(QUERY, { id });
      if (!data.meeting) {
        setMissing(true);
        return null;
      }
      setMeeting(data.meeting);
      return data.meeting;
    } catch (e) {
      setError(e);
      return null;
    }
  };

  useEffect(() => {
    let feed: Feed<FeedEvent> | null = null;
    let poll: number | undefined;
    let cancelled = false;
    (async () => {
      const first = await load();
      if (!first || cancelled) return;
      const who = claims();
      let ctx = {
        timeZone: "Europe/Copenhagen",
        forumName: "",
        runs: false,
        member: false,
        organizations: [] as { id: string; name: string }[],
        names: {} as Record<string, string>,
      };
      if (first.partnershipId && first.forumId) {
        try {
          const data = await gql<{
            partnership: { timeZone: string; organizations: { id: string; name: string }[] } | null;
            forum: {
              name: string;
              members: { personId: string; personName: string; role: string; validUntil: string | null }[];
            } | null;
          }>(CONTEXT, { p: first.partnershipId, f: first.forumId });
          const today = new Date().toISOString().slice(0, 10);
          const members = data.forum?.members ?? [];
          const seat = members.find((m) => m.personId === who?.sub && (!m.validUntil || m.validUntil >= today));
          ctx = {
            timeZone: data.partnership?.timeZone ?? ctx.timeZone,
            forumName: data.forum?.name ?? "",
            runs: Boolean(seat && RUNS.includes(seat.role)),
            member: Boolean(seat) || Boolean(data.partnership?.organizations.some((o) => o.id === who?.org)),
            organizations: data.partnership?.organizations ?? [],
            names: Object.fromEntries(members.map((m) => [m.personId, m.personName])),
          };
        } catch {
          // The public sees the meeting but not the partnership: the defaults stand.
        }
      }
      if (cancelled) return;
      setContext(ctx);
      const startPolling = () => {
        setConnection("polling");
        poll = window.setInterval(() => void load(), 3000);
      };
      if (!who) {
        startPolling();
        return;
      }
      feed = new Feed<FeedEvent>(FEED, { id }, first.position, {
        event: (e) => {
          if (seen.current.has(e.position)) return;
          seen.current.add(e.position);
          setMeeting(e.meeting);
          if (e.type === "DecisionRecorded" || e.type === "DecisionCorrected") {
            setNews((list) => [
              { position: e.position, title: e.item?.title ?? "", at: e.occurredAt, corrected: e.type === "DecisionCorrected" },
              ...list,
            ]);
          }
        },
        connection: setConnection,
        refused: startPolling,
      });
    })();
    return () => {
      cancelled = true;
      feed?.stop();
      if (poll !== undefined) window.clearInterval(poll);
    };
  }, [id]);

  // A malformed id in the address is a page that does not exist, not a form error.
  const wrongAddress = error instanceof ApiError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT");
  if (missing || (wrongAddress && !meeting)) return html`<h1>${t("notFound")}</h1><p><a href="/">${t("back")}</a></p>`;
  if (error && !meeting) return html`<h1>${t("meetingFailed")}</h1><${ErrorBox} error=${error} />`;
  if (!meeting || !context) return html`<${Loading} />`;
  // While the feed is live it brings every change, a mutation's own included; reading the
  // whole meeting again would only repeat it (and could overwrite a newer event).
  const refresh = () => {
    if (connection !== "live") void load();
  };
  const ctx: MeetingContext = { ...context, meeting, refresh };
  const tab = (name: typeof view, label: string) =>
    html`<a href=${`/meetings/${id}/${name}`} aria-current=${view === name ? "page" : undefined}>${label}</a>`;
  const place = meeting.location
    ? [meeting.location.room, meeting.location.address].filter(Boolean).join(", ")
    : meeting.placeNotGiven
      ? ""
      : word(meeting.mode);
  return html`<article class="meeting">
    <header class="meeting-head">
      <h1>${meeting.title || context.forumName || t("meeting")}</h1>
      <p>
        ${dateTime(meeting.startsAt, context.timeZone)}${place && html` · ${place}`}${" · "}<strong>${word(meeting.status)}</strong>
        ${meeting.publishedEdition > 0 ? html` · ${t("published")}` : html` · ${t("draft")}`}
      </p>
      <p class=${`connection ${connection}`} role="status" aria-live="polite">
        <span class="dot" aria-hidden="true"></span>${t("connection")}: ${connectionWords(connection)}
      </p>
      <nav class="tabs" aria-label=${t("meeting")}>
        ${tab("agenda", t("agenda"))} ${tab("live", t("live"))} ${tab("minutes", t("minutes"))}
      </nav>
    </header>
    ${view === "agenda" && html`<${AgendaView} ctx=${ctx} />`}
    ${view === "live" && html`<${LiveView} ctx=${ctx} news=${news} />`}
    ${view === "minutes" && html`<${MinutesView} ctx=${ctx} />`}
  </article>`;
}

function connectionWords(state: Connection): string {
  switch (state) {
    case "live":
      return t("connLive");
    case "reconnecting":
      return t("connReconnecting");
    case "polling":
      return t("connPolling");
    default:
      return t("connConnecting");
  }
}

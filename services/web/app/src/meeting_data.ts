// The meeting as the pages show it: one selection for the query and the live feed.

export const MEETING_FIELDS = `
  id partnershipId forumId title startsAt endsAt status mode placeNotGiven onlineLink
  location { room address } version position publishedEdition minutesApprovedAt
  currentItem { id number title }
  attendance { name status organizationId guestForItem }
  followUps { id itemId description due status owner { role organizationIds personName } }
  agenda { items { ...Item } }
  otherItems { ...Item }`;

export const ITEM_FIELDS = `fragment Item on AgendaItem {
  id number title kind visibility status takenUp revision changedAfterPublication
  proposedByOrganizationId presenters caseReference timeSlot
  sections { section revision text html proposals }
  attachments { id title documentNumber }
  decision { id text html outcome outcomes { recommendation outcome note }
    reservations { organizationName text recommendation } }
}`;

export interface Section {
  section: string;
  revision: number;
  text: string;
  html: string;
  proposals: string[];
}

export interface Decision {
  id: string;
  text: string;
  html: string;
  outcome: string | null;
  outcomes: { recommendation: number; outcome: string; note: string | null }[];
  reservations: { organizationName: string; text: string; recommendation: number | null }[];
}

export interface Item {
  id: string;
  number: number | null;
  title: string;
  kind: string | null;
  visibility: string | null;
  status: string | null;
  takenUp: boolean;
  revision: number;
  changedAfterPublication: boolean;
  proposedByOrganizationId: string | null;
  presenters: string[];
  caseReference: string | null;
  timeSlot: string | null;
  sections: Section[];
  attachments: { id: string; title: string; documentNumber: string | null }[];
  decision: Decision | null;
}

export interface Meeting {
  id: string;
  partnershipId: string | null;
  forumId: string | null;
  title: string | null;
  startsAt: string | null;
  endsAt: string | null;
  status: string;
  mode: string | null;
  placeNotGiven: boolean;
  onlineLink: string | null;
  location: { room: string | null; address: string } | null;
  version: number;
  position: string;
  publishedEdition: number;
  minutesApprovedAt: string | null;
  currentItem: { id: string; number: number | null; title: string } | null;
  attendance: { name: string; status: string; organizationId: string | null; guestForItem: string | null }[];
  followUps: {
    id: string;
    itemId: string;
    description: string;
    due: string | null;
    status: string;
    owner: { role: string | null; organizationIds: string[]; personName: string | null };
  }[];
  agenda: { items: Item[] };
  otherItems: Item[];
}

/** The forum roles that run meetings: publish the agenda, use the console, approve minutes. */
export const RUNS = ["CHAIR", "CO_CHAIR", "SECRETARIAT"];

/** What a page of the meeting gets from its shell. */
export interface MeetingContext {
  meeting: Meeting;
  timeZone: string;
  forumName: string;
  /** The reader chairs the forum or is its secretariat. */
  runs: boolean;
  /** The reader has a seat or acts for an organisation of the partnership. */
  member: boolean;
  organizations: { id: string; name: string }[];
  /** Names of the forum's people (seats now and ended), by person id. */
  names: Record<string, string>;
  /** Reads the meeting again after a mutation answered, unless the live feed brings it. */
  refresh: () => void;
}

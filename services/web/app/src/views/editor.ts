// Editing one section of an item. When someone else saved the same section first, the
// CONFLICT's current text is shown beside the user's own to merge; nothing typed is lost
// (a draft is kept in the browser until it is saved, also across an expired sign-in).

import { useEffect, useState } from "preact/hooks";
import { html } from "../html";
import { commandId, gql, mutate } from "../api";
import { ApiError } from "../errors";
import { t, word } from "../i18n";
import { ErrorBox, Rendered, useAction } from "../ui";

interface Props {
  meetingId: string;
  itemId: string;
  section: string;
  text: string;
  revision: number;
  onClose: () => void;
  onSaved: () => void;
}

const draftKey = (item: string, section: string) => `samraad.draft.${item}.${section}`;

export function SectionEditor({ meetingId, itemId, section, text, revision, onClose, onSaved }: Props) {
  const key = draftKey(itemId, section);
  const [value, setValue] = useState(() => localStorage.getItem(key) ?? text);
  const [base, setBase] = useState(revision);
  const [conflict, setConflict] = useState<{ text: string; revision: number; mine: string } | null>(null);
  const [preview, setPreview] = useState("");
  const action = useAction();
  const id = `edit-${itemId}-${section}`;

  useEffect(() => {
    localStorage.setItem(key, value);
    const timer = window.setTimeout(() => {
      gql<{ markdownPreview: string }>(`query($t: String!) { markdownPreview(text: $t) }`, { t: value }).then(
        (d) => setPreview(d.markdownPreview),
        () => {},
      );
    }, 250);
    return () => window.clearTimeout(timer);
  }, [value]);

  const save = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() =>
      mutate("editAgendaItem", { commandId: commandId(), meetingId, itemId, section, text: value, baseRevision: base }),
    );
    if (ok) {
      localStorage.removeItem(key);
      setConflict(null);
      onSaved();
      onClose();
      return;
    }
  };

  // Someone else saved this section while it was open (it arrived on the live feed): show
  // their text beside the user's own now, rather than at the CONFLICT on saving.
  useEffect(() => {
    if (revision > base && text !== value) {
      setConflict({ text, revision, mine: conflict?.mine ?? value });
      setBase(revision);
    }
  }, [revision]);

  useEffect(() => {
    const e = action.error;
    if (e instanceof ApiError && e.code === "CONFLICT") {
      const current = e.extensions.current as { text?: string; revision?: number } | undefined;
      if (current && typeof current.revision === "number") {
        setConflict({ text: current.text ?? "", revision: current.revision, mine: conflict?.mine ?? value });
        setBase(current.revision);
        action.setError(null);
      }
    }
  }, [action.error]);

  return html`<form class="editor" onSubmit=${save} aria-label=${`${t("edit")}: ${word(section)}`}>
    ${conflict &&
    html`<div class="conflict" role="alert">
      <h4>${t("conflictTitle")}</h4>
      <p>${t("conflictLead")}</p>
      <div class="side-by-side">
        <section aria-label=${t("theirs")}>
          <h5>${t("theirs")}</h5>
          <pre class="theirs">${conflict.text}</pre>
        </section>
        <section aria-label=${t("yours")}>
          <h5>${t("yours")}</h5>
          <pre class="yours">${conflict.mine}</pre>
        </section>
      </div>
    </div>`}
    <div class="field">
      <label for=${id}>${conflict ? t("merged") : word(section)}</label>
      <textarea id=${id} rows="8" value=${value} onInput=${(e: Event) => setValue((e.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    <details open>
      <summary>${t("preview")}</summary>
      <${Rendered} markup=${preview} />
    </details>
    <${ErrorBox} error=${action.error} />
    <div class="actions">
      <button type="submit" disabled=${action.busy}>${conflict ? t("saveMerged") : t("save")}</button>
      <button
        type="button"
        class="secondary"
        onClick=${() => {
          localStorage.removeItem(key);
          onClose();
        }}
      >
        ${t("cancel")}
      </button>
    </div>
  </form>`;
}

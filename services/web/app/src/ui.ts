// Small shared pieces: loading data, showing errors, a labelled field.

import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { html } from "./html";
import { explain } from "./errors";
import { t } from "./i18n";

/** Loads with `load` when `deps` change; `reload` loads again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const reload = useCallback(() => {
    load().then(
      (data) => setState({ data, loading: false }),
      (error) => setState({ error, loading: false }),
    );
  }, deps);
  useEffect(reload, [reload]);
  return { ...state, reload, set: (data: T) => setState({ data, loading: false }) };
}

/** An error in words, with the API's detail below it; announced to screen readers. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const { text, detail } = explain(error);
  return html`<div class="error" role="alert">
    <p>${text}</p>
    ${detail && html`<p class="detail">${detail}</p>`}
  </div>`;
}

export function Loading() {
  return html`<p class="muted" role="status">${t("loading")}</p>`;
}

/** Runs an action, keeping its error until the next try; the form keeps what was typed. */
export function useAction() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run, setError };
}

export function Field({ label, id, children }: { label: string; id: string; children: ComponentChildren }) {
  return html`<div class="field"><label for=${id}>${label}</label>${children}</div>`;
}

/** HTML the server rendered from Markdown (sanitised there: no raw HTML, no script links). */
export function Rendered({ markup, class: cls }: { markup: string; class?: string }) {
  return html`<div class=${cls ?? "prose"} dangerouslySetInnerHTML=${{ __html: markup }}></div>`;
}

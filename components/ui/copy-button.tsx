"use client";

import { useEffect, useRef, useState } from "react";

type Props = {
  /** Read at the moment of the click: the URL may have changed since the last render. */
  getText: () => string;
  label: string;
  /** Announced to screen readers and shown beside the button: "Link copied". */
  done: string;
  testId?: string;
  statusTestId?: string;
  className?: string;
};

/** Writes text with the legacy path where the Clipboard API is missing or refused (an http origin, an old browser). */
function copyWithSelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/**
 * Copies a text to the clipboard and says so in a live region. If the browser allows neither way of copying, the
 * text is shown selected in a field for the reader to copy by hand.
 */
export function CopyButton({ getText, label, done, testId, statusTestId, className }: Props) {
  const [state, setState] = useState<{ kind: "idle" } | { kind: "done" } | { kind: "manual"; text: string }>({ kind: "idle" });
  const manualRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (state.kind === "manual") manualRef.current?.select();
  }, [state]);

  const copy = async () => {
    const text = getText();
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = copyWithSelection(text);
    }
    clearTimeout(timer.current);
    if (ok) {
      setState({ kind: "done" });
      timer.current = setTimeout(() => setState({ kind: "idle" }), 4000);
    } else {
      setState({ kind: "manual", text });
    }
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void copy()} data-testid={testId} className={className ?? "rounded border border-border px-2 py-0.5 text-sm"}>
        {label}
      </button>
      <span role="status" aria-live="polite" data-testid={statusTestId} className="text-xs">
        {state.kind === "done" ? done : state.kind === "manual" ? "Copying is blocked here: the text is selected below." : ""}
      </span>
      {state.kind === "manual" && (
        <input ref={manualRef} readOnly value={state.text} aria-label="Text to copy" className="w-full rounded border border-border bg-card p-1 text-xs" />
      )}
    </span>
  );
}

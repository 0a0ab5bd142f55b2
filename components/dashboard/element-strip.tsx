"use client";

import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { keepInViewport } from "@/components/ui/use-dismiss";
import type { ScenarioQueryPatch } from "@/lib/scenario/scenario-url-actions";
import type { ElementSymbol } from "@/lib/schemas/constants";
import { testIds } from "@/lib/test-ids";
import type { ElementStripView, ElementTileView } from "@/lib/view-models/element-strip-view";

type Props = {
  strip: ElementStripView;
  /** Applies a URL patch (a tile's toggle, the reset). */
  onPatch: (patch: ScenarioQueryPatch) => void;
};

/** The 17 rare earths in periodic-table order, each a toggle: Sc and Y, then the lanthanides La to Lu. */
export const ElementStrip = memo(function ElementStrip({ strip, onPatch }: Props) {
  // The tiles get one handler for the life of the strip, reading the patches of the strip on screen when clicked:
  // a tile whose view a toggle left unchanged is then not drawn again.
  const toggles = useRef(strip.toggles);
  useLayoutEffect(() => {
    toggles.current = strip.toggles;
  }, [strip.toggles]);
  const onToggle = useCallback(
    (symbol: ElementSymbol) => {
      const patch = toggles.current[symbol];
      if (patch) onPatch(patch);
    },
    [onPatch],
  );
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Controlled elements</legend>
      <div className="mt-1 flex items-center justify-between gap-2">
        <p className="text-sm" aria-live="polite" data-testid={testIds.controlledCount}>
          {strip.count}
          {strip.openNote && <span className="block text-xs text-muted">{strip.openNote}</span>}
        </p>
        <button
          type="button"
          onClick={() => onPatch(strip.reset)}
          disabled={!strip.changed}
          className="rounded border border-border px-2 py-0.5 text-xs disabled:opacity-40"
        >
          Reset to regime
        </button>
      </div>
      <ul className="mt-2 grid grid-cols-6 gap-1 sm:grid-cols-9 lg:grid-cols-6 xl:grid-cols-9" role="list">
        {strip.tiles.map((t) => (
          <ElementTile key={t.symbol} tile={t} onToggle={onToggle} />
        ))}
      </ul>
    </fieldset>
  );
});

// A controlled tile in a red darker than the denied status's (white text on it passes 4.5:1); literal for Tailwind.
const TILE_CLASS: Record<ElementTileView["state"], string> = {
  on: "border-[#b91c1c] bg-[#b91c1c] text-white",
  maybe: "range-hatch border-2 border-[#b91c1c] bg-card",
  off: "border-border bg-card",
};

/**
 * One element's toggle with its tooltip. The tooltip shows on hover and on focus, stays within the viewport (a tile at
 * the right edge of a phone shifts it left instead of widening the page), and closes on Escape or a tap elsewhere.
 */
const ElementTile = memo(function ElementTile({ tile: t, onToggle }: { tile: ElementTileView; onToggle: (symbol: ElementSymbol) => void }) {
  const [shown, setShown] = useState(false);
  const tile = useRef<HTMLLIElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (shown && tipRef.current) keepInViewport(tipRef.current);
  }, [shown]);
  useEffect(() => {
    if (!shown) return;
    const onKey = (k: KeyboardEvent) => k.key === "Escape" && setShown(false);
    const onPointer = (p: PointerEvent) => !tile.current?.contains(p.target as Node) && setShown(false);
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [shown]);
  return (
    <li ref={tile} className="relative" onMouseEnter={() => setShown(true)} onMouseLeave={() => setShown(false)}>
      <button
        type="button"
        aria-pressed={t.state === "on" ? true : t.state === "maybe" ? "mixed" : false}
        aria-label={`${t.name} (${t.symbol})`}
        aria-describedby={t.tip === null ? undefined : `tip-${t.symbol}`}
        data-testid={testIds.elementToggle(t.symbol)}
        onClick={() => onToggle(t.symbol)}
        onFocus={() => setShown(true)}
        onBlur={() => setShown(false)}
        className={`flex h-12 w-full flex-col items-center justify-center rounded border text-sm font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-accent ${
          TILE_CLASS[t.state]
        }`}
      >
        <span className="text-[10px] font-normal">{t.atomicNumber}</span>
        {t.symbol}
      </button>
      {t.tip !== null && (
        <span
          ref={tipRef}
          id={`tip-${t.symbol}`}
          role="tooltip"
          hidden={!shown}
          className="pointer-events-none absolute top-full left-1/2 z-20 mt-1 w-56 -translate-x-1/2 rounded border border-border bg-card p-2 text-xs font-normal shadow-lg"
        >
          {t.tip}
        </span>
      )}
    </li>
  );
});

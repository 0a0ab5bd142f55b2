"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { keepInViewport } from "@/components/ui/use-dismiss";
import type { ElementSymbol } from "@/lib/schemas/constants";
import type { Element } from "@/lib/schemas/element";
import { testIds } from "@/lib/test-ids";

type Props = {
  elements: Element[];
  controlled: readonly ElementSymbol[];
  /** Controlled only if a suspension the record leaves open lapsed. */
  openControlled?: readonly ElementSymbol[];
  regimeControlled: readonly ElementSymbol[];
  shares: Partial<Record<ElementSymbol, number>>;
  onToggle: (symbol: ElementSymbol) => void;
  onReset: () => void;
};

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "n/a" : `${Math.round(v * 100)} %`);

/** The 17 rare earths in periodic-table order, each a toggle: Sc and Y, then the lanthanides La to Lu. */
export function ElementStrip({ elements, controlled, openControlled = [], regimeControlled, shares, onToggle, onReset }: Props) {
  const ordered = [...elements].sort((a, b) => a.atomicNumber - b.atomicNumber);
  const set = new Set(controlled);
  const open = new Set(openControlled);
  const changed = [...controlled, ...openControlled].sort().join() !== [...regimeControlled].sort().join();
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Controlled elements</legend>
      <div className="mt-1 flex items-center justify-between gap-2">
        <p className="text-sm" aria-live="polite" data-testid={testIds.controlledCount}>
          {controlled.length} of 17 controlled
          {open.size > 0 && <span className="block text-xs text-muted">{controlled.length + open.size} if the suspension lapsed (not on record)</span>}
        </p>
        <button
          type="button"
          onClick={onReset}
          disabled={!changed}
          className="rounded border border-border px-2 py-0.5 text-xs disabled:opacity-40"
        >
          Reset to regime
        </button>
      </div>
      <ul className="mt-2 grid grid-cols-6 gap-1 sm:grid-cols-9 lg:grid-cols-6 xl:grid-cols-9" role="list">
        {ordered.map((e) => {
          const on = set.has(e.symbol);
          const share = shares[e.symbol];
          const tip = `${e.name} (${e.atomicNumber}). China: mining ${pct(share ?? e.chinaShare.mining?.value)}, separation ${pct(share ?? e.chinaShare.separation?.value)}${e.chinaShare.magnets ? `, magnets ${pct(share ?? e.chinaShare.magnets.value)}` : ""}. Uses: ${e.uses.join("; ")}.`;
          const maybe = open.has(e.symbol);
          return (
            <ElementTile
              key={e.symbol}
              element={e}
              on={on}
              maybe={maybe}
              tip={maybe ? `${tip} Controlled only if the October 2025 measures came back: not on record.` : tip}
              onToggle={onToggle}
            />
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * One element's toggle with its tooltip. The tooltip shows on hover and on focus, stays within the viewport (a tile at
 * the right edge of a phone shifts it left instead of widening the page), and closes on Escape or a tap elsewhere.
 */
function ElementTile({ element: e, on, maybe, tip, onToggle }: { element: Element; on: boolean; maybe: boolean; tip: string; onToggle: (s: ElementSymbol) => void }) {
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
        aria-pressed={on ? true : maybe ? "mixed" : false}
        aria-label={`${e.name} (${e.symbol})`}
        aria-describedby={`tip-${e.symbol}`}
        data-testid={testIds.elementToggle(e.symbol)}
        onClick={() => onToggle(e.symbol)}
        onFocus={() => setShown(true)}
        onBlur={() => setShown(false)}
        className={`flex h-12 w-full flex-col items-center justify-center rounded border text-sm font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-accent ${
          on ? "border-[#b91c1c] bg-[#b91c1c] text-white" : maybe ? "range-hatch border-2 border-[#b91c1c] bg-card" : "border-border bg-card"
        }`}
      >
        <span className="text-[10px] font-normal">{e.atomicNumber}</span>
        {e.symbol}
      </button>
      <span
        ref={tipRef}
        id={`tip-${e.symbol}`}
        role="tooltip"
        hidden={!shown}
        className="pointer-events-none absolute top-full left-1/2 z-20 mt-1 w-56 -translate-x-1/2 rounded border border-border bg-card p-2 text-xs font-normal shadow-lg"
      >
        {tip}
      </span>
    </li>
  );
}

"use client";

import { memo } from "react";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "@/lib/schemas/constants";
import { type RuleChange, type ScenarioQueryPatch, setRuleInQuery } from "@/lib/scenario/scenario-url-actions";
import { testIds } from "@/lib/test-ids";
import { type ControlsView, sameControls } from "@/lib/view-models/controls-view";
import { CommitNumberInput } from "./commit-number-input";

/** The controls' values, and what applies a URL patch: each control's change becomes one through lib/scenario's grammar. */
type Props = { controls: ControlsView; onPatch: (patch: ScenarioQueryPatch) => void };
type ChangeProps = { controls: ControlsView; onChange: (change: RuleChange) => void };

/** Redrawn only when a value changes: the view model is rebuilt on every toggle, its values mostly not. */
const sameProps = (a: Props, b: Props) => a.onPatch === b.onPatch && sameControls(a.controls, b.controls);

type Option<T extends string> = { value: T; label: string };

export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  testId,
}: {
  label: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (v: T) => void;
  testId: string;
}) {
  return (
    <fieldset className="text-sm" data-testid={testId}>
      <legend className="mb-1">{label}</legend>
      {/* No overflow-hidden here: it clipped the focus ring, which is drawn outside the focused option. */}
      <div className="inline-flex rounded border border-border">
        {options.map((o) => (
          <label key={o.value} className="cursor-pointer px-2 py-1 first:rounded-l last:rounded-r has-checked:bg-[#1d4ed8] has-checked:text-white has-focus-visible:relative has-focus-visible:z-10 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent">
            <input type="radio" className="sr-only" name={testId} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const LENS = [
  { value: "dependency", label: "Dependency: output made outside China" },
  { value: "border", label: "Border: what an item needs at China's border" },
] as const;
const DESTINATION = [
  { value: "us", label: "US" },
  { value: "jp", label: "Japan" },
  { value: "other", label: "Elsewhere" },
] as const;
const OUTCOME = [
  { value: "range", label: "Show both" },
  { value: "extended", label: "Extended" },
  { value: "lapsed", label: "Lapsed" },
] as const;
const ON_OFF = [
  { value: "off", label: "Off" },
  { value: "on", label: "On" },
] as const;
const READING = [
  { value: "annex", label: "Annex: magnets & targets" },
  { value: "broad", label: "Broad: any product (press reading)" },
] as const;
const EXCLUSIONS = [
  { value: "apply", label: "Apply" },
  { value: "ignore", label: "Ignore" },
] as const;
/** A percentage field: 0 to 100. */
const PERCENT = { min: 0, max: 100 } as const;

/**
 * What the figures answer: which lens, for a buyer where, and how the outcome the record leaves open is read. These
 * change what every chart means, so they sit above the finer rules.
 */
export const ViewControls = memo(function ViewControls({ controls, onPatch }: Props) {
  const onChange = (c: RuleChange) => onPatch(setRuleInQuery(c, controls.chinaShare));
  return (
    <div className="space-y-3">
      <Segmented label="Lens" testId={testIds.lensSwitch} value={controls.lens} options={LENS} onChange={(v) => onChange({ key: "lens", value: v })} />
      <Segmented
        label="Buyer's country"
        testId={testIds.destinationSwitch}
        value={controls.destination}
        options={DESTINATION}
        onChange={(v) => onChange({ key: "destination", value: v })}
      />
      {controls.outcome !== null && (
        <Segmented
          label="After the suspension's end (not on record)"
          testId={testIds.outcomeSwitch}
          value={controls.outcome}
          options={OUTCOME}
          onChange={(v) => onChange({ key: "outcome", value: v })}
        />
      )}
    </div>
  );
}, sameProps);

/** One China-share what-if field: for every element at once ("all"), or for one. */
function ShareInput({ symbol, controls, onChange }: ChangeProps & { symbol: ElementSymbol | "all" }) {
  return (
    <CommitNumberInput
      label={symbol === "all" ? "All elements (%)" : symbol}
      testId={symbol === "all" ? testIds.chinaShareAll : testIds.chinaShareElement(symbol)}
      value={controls.chinaShare[symbol] ?? null}
      placeholder="data"
      {...PERCENT}
      step={1}
      onCommit={(v) => onChange({ key: "chinaShare", symbol, value: v })}
    />
  );
}

export const RuleControls = memo(function RuleControls({ controls, onPatch }: Props) {
  const onChange = (c: RuleChange) => onPatch(setRuleInQuery(c, controls.chinaShare));
  return (
    <div className="space-y-3">
      <CommitNumberInput
        label="Licence friction: share of licensed supply not arriving in time (%)"
        testId={testIds.frictionInput}
        value={controls.friction}
        placeholder={String(controls.frictionDefault)}
        {...PERCENT}
        step={5}
        onCommit={(v) => onChange({ key: "friction", value: v })}
      />
      <Segmented
        label="0.1 % rule (Ann. 61, extraterritorial)"
        testId={testIds.extraterritorialSwitch}
        value={controls.extraterritorial}
        options={ON_OFF}
        onChange={(v) => onChange({ key: "extraterritorial", value: v === "on" })}
      />
      <CommitNumberInput
        label="De minimis threshold (%)"
        testId={testIds.thresholdInput}
        value={controls.thresholdPct}
        placeholder="0.1"
        {...PERCENT}
        step={0.05}
        onCommit={(v) => onChange({ key: "threshold", value: v })}
      />
      <Segmented label="Reading of the 0.1 % rule" testId={testIds.readingSwitch} value={controls.reading} options={READING} onChange={(v) => onChange({ key: "reading", value: v })} />
      <label className="flex items-center gap-2 text-sm">
        <span>Military end use</span>
        <select
          data-testid={testIds.militarySelect}
          className="rounded border border-border bg-card p-1"
          value={controls.military}
          onChange={(e) => onChange({ key: "military", value: e.target.value === "deny" ? "deny" : "license" })}
        >
          <option value="deny">Denied</option>
          <option value="license">Licence like civil</option>
        </select>
      </label>
      <Segmented
        label="MOFCOM FAQ exclusions (motors, finished electronics, phosphors…)"
        testId={testIds.exclusionsSwitch}
        value={controls.exclusions}
        options={EXCLUSIONS}
        onChange={(v) => onChange({ key: "exclusions", value: v })}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm">China&apos;s share what-if (diversification); empty = the dataset&apos;s figure</legend>
        <ShareInput symbol="all" controls={controls} onChange={onChange} />
        <details className="text-sm">
          <summary className="cursor-pointer text-accent">Per element</summary>
          <div className="mt-2 grid grid-cols-2 gap-1">
            {ELEMENT_SYMBOLS.map((s) => (
              <ShareInput key={s} symbol={s} controls={controls} onChange={onChange} />
            ))}
          </div>
        </details>
      </fieldset>
    </div>
  );
}, sameProps);

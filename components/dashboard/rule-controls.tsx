"use client";

import type { Scenario } from "@/lib/engine/scenario";
import { ELEMENT_SYMBOLS } from "@/lib/schemas/constants";
import type { ShareEntries } from "@/lib/scenario/param-readers";
import type { RuleChange } from "@/lib/scenario/scenario-url-actions";
import { testIds } from "@/lib/test-ids";
import { CommitNumberInput } from "./commit-number-input";

type Props = {
  scenario: Scenario;
  thresholdPct: number | null;
  chinaShare: ShareEntries;
  onChange: (change: RuleChange) => void;
};

export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  testId,
}: {
  label: string;
  options: { value: T; label: string }[];
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

/**
 * What the figures answer: which lens, for a buyer where, and how the outcome the record leaves open is read. These
 * change what every chart means, so they sit above the finer rules.
 */
export function ViewControls({ scenario, onChange }: Pick<Props, "scenario" | "onChange">) {
  return (
    <div className="space-y-3">
      <Segmented
        label="Lens"
        testId={testIds.lensSwitch}
        value={scenario.lens}
        options={[
          { value: "dependency", label: "Dependency: output made outside China" },
          { value: "border", label: "Border: what an item needs at China's border" },
        ]}
        onChange={(v) => onChange({ key: "lens", value: v })}
      />
      <Segmented
        label="Buyer's country"
        testId={testIds.destinationSwitch}
        value={scenario.destination}
        options={[
          { value: "us", label: "US" },
          { value: "jp", label: "Japan" },
          { value: "other", label: "Elsewhere" },
        ]}
        onChange={(v) => onChange({ key: "destination", value: v })}
      />
      {scenario.openMeasures.length > 0 && (
        <Segmented
          label="After the suspension's end (not on record)"
          testId={testIds.outcomeSwitch}
          value={scenario.outcome === "extended" || scenario.outcome === "lapsed" ? scenario.outcome : "range"}
          options={[
            { value: "range", label: "Show both" },
            { value: "extended", label: "Extended" },
            { value: "lapsed", label: "Lapsed" },
          ]}
          onChange={(v) => onChange({ key: "outcome", value: v })}
        />
      )}
    </div>
  );
}

export function RuleControls({ scenario, thresholdPct, chinaShare, onChange }: Props) {
  // Where the record leaves two outcomes, the controls show the high one's (the suspension lapsed).
  const rules = scenario.outcomes[scenario.outcomes.length - 1];
  return (
    <div className="space-y-3">
      <CommitNumberInput
        label="Licence friction: share of licensed supply not arriving in time (%)"
        testId={testIds.frictionInput}
        value={scenario.overrides.includes("friction") ? scenario.frictionPct : null}
        placeholder={String(scenario.frictionPct)}
        min={0}
        max={100}
        step={5}
        onCommit={(v) => onChange({ key: "friction", value: v })}
      />
      <Segmented
        label="0.1 % rule (Ann. 61, extraterritorial)"
        testId={testIds.extraterritorialSwitch}
        value={rules?.extraterritorial ? "on" : "off"}
        options={[
          { value: "off", label: "Off" },
          { value: "on", label: "On" },
        ]}
        onChange={(v) => onChange({ key: "extraterritorial", value: v === "on" })}
      />
      <CommitNumberInput
        label="De minimis threshold (%)"
        testId={testIds.thresholdInput}
        value={thresholdPct ?? rules?.deMinimisPct ?? null}
        placeholder="0.1"
        min={0}
        max={100}
        step={0.05}
        onCommit={(v) => onChange({ key: "threshold", value: v })}
      />
      <Segmented
        label="Reading of the 0.1 % rule"
        testId={testIds.readingSwitch}
        value={scenario.reading}
        options={[
          { value: "annex", label: "Annex: magnets & targets" },
          { value: "broad", label: "Broad: any product (press reading)" },
        ]}
        onChange={(v) => onChange({ key: "reading", value: v })}
      />
      <label className="flex items-center gap-2 text-sm">
        <span>Military end use</span>
        <select
          data-testid={testIds.militarySelect}
          className="rounded border border-border bg-card p-1"
          value={rules?.militaryEndUse ?? "license"}
          onChange={(e) => onChange({ key: "military", value: e.target.value === "deny" ? "deny" : "license" })}
        >
          <option value="deny">Denied</option>
          <option value="license">Licence like civil</option>
        </select>
      </label>
      <Segmented
        label="MOFCOM FAQ exclusions (motors, finished electronics, phosphors…)"
        testId={testIds.exclusionsSwitch}
        value={scenario.exclusions}
        options={[
          { value: "apply", label: "Apply" },
          { value: "ignore", label: "Ignore" },
        ]}
        onChange={(v) => onChange({ key: "exclusions", value: v })}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm">China&apos;s share what-if (diversification); empty = the dataset&apos;s figure</legend>
        <CommitNumberInput
          label="All elements (%)"
          testId={testIds.chinaShareAll}
          value={chinaShare.all ?? null}
          placeholder="data"
          min={0}
          max={100}
          step={1}
          onCommit={(v) => onChange({ key: "chinaShare", symbol: "all", value: v })}
        />
        <details className="text-sm">
          <summary className="cursor-pointer text-accent">Per element</summary>
          <div className="mt-2 grid grid-cols-2 gap-1">
            {ELEMENT_SYMBOLS.map((s) => (
              <CommitNumberInput
                key={s}
                label={s}
                testId={testIds.chinaShareElement(s)}
                value={chinaShare[s] ?? null}
                placeholder="data"
                min={0}
                max={100}
                step={1}
                onCommit={(v) => onChange({ key: "chinaShare", symbol: s, value: v })}
              />
            ))}
          </div>
        </details>
      </fieldset>
    </div>
  );
}

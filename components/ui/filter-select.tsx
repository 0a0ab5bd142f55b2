"use client";

type Props<T extends string> = {
  label: string;
  testId: string;
  value: T | null;
  /** The option that filters nothing ("All sectors"). */
  allLabel: string;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | null) => void;
  className?: string;
};

/** A table filter: a labelled select whose first option removes the filter. */
export function FilterSelect<T extends string>({ label, testId, value, allLabel, options, onChange, className = "" }: Props<T>) {
  return (
    <label className="flex items-center gap-1">
      {label}
      <select
        data-testid={testId}
        className={`rounded border border-border bg-card p-1 ${className}`}
        value={value ?? ""}
        onChange={(e) => onChange((e.target.value || null) as T | null)}
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

"use client";

/** Data that could not be loaded: what failed, and a retry. */
export function LoadError({ message, onRetry, retrying, testId, retryTestId }: { message: string; onRetry: () => void; retrying: boolean; testId?: string; retryTestId?: string }) {
  return (
    <div role="alert" data-testid={testId} className="rounded-lg border border-status-denied p-4">
      <p className="font-semibold">The data could not be loaded.</p>
      <p className="mt-1 text-sm text-muted">{message}</p>
      <button type="button" data-testid={retryTestId} onClick={onRetry} disabled={retrying} className="mt-3 rounded border border-border px-3 py-1">
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}

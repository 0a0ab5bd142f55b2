import type { Metadata } from "next";
import Link from "next/link";
import { CodeText, TypeLink } from "@/components/api-reference/code-text";
import { ThemeToggle } from "@/components/theme-toggle";
import { buildApiReferenceView, type OpenApiLike, type OperationView } from "@/lib/openapi/api-reference-view";
import { getOpenApiDocument, OPENAPI_PATH } from "@/lib/openapi/openapi-document";
import { testIds } from "@/lib/test-ids";

export const metadata: Metadata = { title: "API reference: rare-earth exposure dashboard" };

const METHOD_STYLE: Record<string, string> = {
  GET: "border-accent text-accent",
  HEAD: "border-muted text-muted",
  POST: "border-foreground text-foreground",
};

function Operation({ op }: { op: OperationView }) {
  return (
    <section id={op.id} aria-labelledby={`${op.id}-title`} className="mt-8 scroll-mt-4 border-t border-border pt-4" data-testid={testIds.apiOperation(op.id)}>
      <h3 id={`${op.id}-title`} className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
        <span className={`rounded border px-1.5 font-mono text-sm ${METHOD_STYLE[op.method] ?? ""}`}>{op.method}</span>
        <code className="font-mono">{op.path}</code>
        <span className="font-normal">{op.summary}</span>
      </h3>
      {op.description && (
        <p className="mt-2">
          <CodeText text={op.description} />
        </p>
      )}
      {op.parameters.length > 0 && (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="text-left font-medium">Query parameters</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3 text-left">Name</th>
                <th scope="col" className="py-1 pr-3 text-left">Type</th>
                <th scope="col" className="py-1 text-left">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {op.parameters.map((p) => (
                <tr key={p.name} className="border-b border-border align-top">
                  <th scope="row" className="py-1 pr-3 font-mono font-normal">
                    {p.name}
                    {p.required && <span className="text-xs text-muted"> (required)</span>}
                  </th>
                  <td className="py-1 pr-3"><TypeLink type={p.type} /></td>
                  <td className="py-1">
                    <CodeText text={p.description} />
                    {p.example !== null && (
                      <span className="text-muted"> Example: <code className="font-mono">{p.example}</code>.</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {op.requestBody.length > 0 && (
        <div className="mt-3 text-sm">
          <h4 className="font-medium">Request body</h4>
          <ul className="list-disc pl-5">
            {op.requestBody.map((b) => (
              <li key={b.mediaType}>
                <code className="font-mono">{b.mediaType}</code>: <TypeLink type={b.type} />
                {b.description && <> — <CodeText text={b.description} /></>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="text-left font-medium">Answers</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-1 pr-3 text-left">Status</th>
              <th scope="col" className="py-1 pr-3 text-left">Meaning</th>
              <th scope="col" className="py-1 text-left">Body</th>
            </tr>
          </thead>
          <tbody>
            {op.responses.map((r) => (
              <tr key={r.status} className="border-b border-border align-top">
                <th scope="row" className="py-1 pr-3 font-mono font-normal">{r.status}</th>
                <td className="py-1 pr-3">
                  <CodeText text={r.description} />
                  {r.headers.length > 0 && <span className="text-muted"> Headers: {r.headers.join(", ")}.</span>}
                </td>
                <td className="py-1">
                  {r.bodies.length === 0
                    ? "—"
                    : r.bodies.map((b) => (
                        <div key={b.mediaType}>
                          <code className="font-mono text-xs">{b.mediaType}</code>: <TypeLink type={b.type} />
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The API reference, rendered on the server from the same OpenAPI document as GET /api/openapi.json. */
export default function ApiReferencePage() {
  const view = buildApiReferenceView(getOpenApiDocument() as unknown as OpenApiLike);
  return (
    <main className="mx-auto max-w-5xl p-4 sm:p-8">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <nav aria-label="Pages" className="flex flex-wrap gap-4 text-sm">
          <Link href="/" prefetch={false} className="text-accent underline">← Dashboard</Link>
          <Link href="/methodology" prefetch={false} className="text-accent underline">Methodology</Link>
          <Link href="/sources" prefetch={false} className="text-accent underline">Sources</Link>
        </nav>
        <ThemeToggle />
      </header>
      <h1 className="mt-2 text-2xl font-bold">API reference</h1>
      <p className="mt-2">
        {view.summary} {view.title} {view.version}. This page is written from the API&apos;s contract,{" "}
        <a href={OPENAPI_PATH} className="text-accent underline">OpenAPI 3.1 ({OPENAPI_PATH})</a>, which is generated from the
        same schemas that check the data and the answers; a test validates real answers of every route against it.
        Generate a client from it, or validate your own answers against it.
      </p>
      <p className="mt-2 text-sm">
        <CodeText text={view.description} />
      </p>
      {view.licence && <p className="mt-2 text-sm text-muted">Data licence: {view.licence}.</p>}

      <nav aria-label="Routes" className="mt-4 rounded-md border border-border bg-card p-3 text-sm">
        <h2 className="font-semibold">On this page</h2>
        <ul className="mt-1 grid gap-1 sm:grid-cols-2">
          {view.operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`} className="text-accent underline">
                <span className="font-mono">{op.method} {op.path}</span>
              </a>{" "}
              {op.summary}
            </li>
          ))}
        </ul>
      </nav>

      <h2 className="mt-8 text-xl font-bold">Routes</h2>
      {view.operations.map((op) => (
        <Operation key={op.id} op={op} />
      ))}

      <h2 className="mt-10 text-xl font-bold">Schemas</h2>
      <p className="mt-1 text-sm text-muted">The named objects of the answers. Objects admit no property beyond those listed.</p>
      {view.schemas.map((s) => (
        <section key={s.name} id={`schema-${s.name}`} aria-labelledby={`schema-${s.name}-title`} className="mt-6 scroll-mt-4" data-testid={testIds.apiSchema(s.name)}>
          <h3 id={`schema-${s.name}-title`} className="font-mono text-lg font-semibold">{s.name}</h3>
          {s.description && <p className="text-sm"><CodeText text={s.description} /></p>}
          {s.properties.length > 0 && (
            <div className="mt-2 overflow-x-auto">
              <table className="w-full min-w-[36rem] text-left text-sm">
                <caption className="sr-only">Properties of {s.name}</caption>
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="py-1 pr-3 text-left">Property</th>
                    <th scope="col" className="py-1 pr-3 text-left">Type</th>
                    <th scope="col" className="py-1 text-left">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {s.properties.map((p) => (
                    <tr key={p.name} className="border-b border-border align-top">
                      <th scope="row" className="py-1 pr-3 font-mono font-normal">
                        {p.name}
                        {!p.required && <span className="text-xs text-muted"> (optional)</span>}
                      </th>
                      <td className="py-1 pr-3"><TypeLink type={p.type} /></td>
                      <td className="py-1"><CodeText text={p.description} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </main>
  );
}

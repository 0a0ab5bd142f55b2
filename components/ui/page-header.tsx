import Link from "next/link";
import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme-toggle";

/** The title, one paragraph on what the page does, and the links to the other pages with the theme switch. */
export function PageHeader({ title, links, className = "", children }: { title: string; links: { href: string; label: string }[]; className?: string; children: ReactNode }) {
  return (
    <header className={`flex flex-wrap items-start justify-between gap-4 ${className}`}>
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="mt-2 text-muted">{children}</p>
      </div>
      <nav aria-label="Pages" className="flex flex-wrap items-center gap-4 text-sm">
        {links.map((l) => (
          <Link key={l.label} href={l.href} prefetch={false} className="text-accent underline">
            {l.label}
          </Link>
        ))}
        <ThemeToggle />
      </nav>
    </header>
  );
}

import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Rare-earth exposure: China's export controls by sector",
  description:
    "Which industries are exposed to China's rare-earth export controls, through which elements, and how badly. Every figure sourced.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}

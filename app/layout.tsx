import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_components/site-header";
import { getTranslator } from "@/lib/server/language";
import "./globals.css";

// Every page depends on the visitor's language and session.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { language, t } = await getTranslator();
  return (
    <html lang={language}>
      <body className="min-h-screen">
        <SiteHeader />
        <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
        <footer className="mx-auto max-w-5xl px-4 pb-8 text-xs text-slate-500">{t("app.disclaimer")}</footer>
      </body>
    </html>
  );
}

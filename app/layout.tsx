import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/lib/client/i18n";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { requestLanguage } from "./_i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Onside", template: "%s · Onside" },
  description: "A live, facilitated workshop: the teams behind sales step into each other's shoes.",
  // Workshop links carry codes and keys: keep them out of search engines.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0d5963",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await requestLanguage();
  return (
    <html lang={lang}>
      <body className="min-h-dvh">
        <I18nProvider lang={lang} messages={CATALOGUES[lang]}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}

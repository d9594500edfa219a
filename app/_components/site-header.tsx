import Link from "next/link";
import { PUBLIC_NAV, STUDY_NAV } from "@/config/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/server/language";
import { LanguageToggle } from "@/app/_components/language-toggle";
import { SignOutButton } from "@/app/_components/sign-out-button";

export async function SiteHeader() {
  const [{ language, t }, user] = await Promise.all([getTranslator(), getSessionUser()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3" aria-label="Main">
        <Link href="/" className="text-lg font-bold text-sky-700">
          {t("app.name")}
        </Link>
        <ul className="flex flex-wrap items-center gap-3 text-sm">
          {[...(user ? STUDY_NAV : []), ...PUBLIC_NAV].map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="text-slate-700 hover:text-sky-700">
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-3">
          {user ? (
            <>
              <span className="hidden text-sm text-slate-600 sm:inline">{user.email}</span>
              <SignOutButton label={t("nav.signOut")} />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="text-sm text-slate-700 hover:text-slate-900">
                {t("nav.signIn")}
              </Link>
              <Link href="/sign-up" className="rounded-md bg-sky-700 px-3 py-1 text-sm text-white hover:bg-sky-800">
                {t("nav.signUp")}
              </Link>
            </>
          )}
          <LanguageToggle current={language} label={t("nav.language")} />
        </div>
      </nav>
    </header>
  );
}

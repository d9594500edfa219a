import type { MessageKey } from "@/lib/i18n/messages";

/** Main navigation: study areas for signed-in learners, and what anyone may open. */
export const STUDY_NAV: readonly { href: string; label: MessageKey }[] = [
  { href: "/practice", label: "nav.practice" },
  { href: "/daily", label: "nav.daily" },
  { href: "/review", label: "nav.review" },
  { href: "/exams", label: "nav.exams" },
  { href: "/dashboard", label: "nav.dashboard" },
  { href: "/settings", label: "nav.settings" },
];

export const PUBLIC_NAV: readonly { href: string; label: MessageKey }[] = [{ href: "/labs", label: "nav.labs" }];

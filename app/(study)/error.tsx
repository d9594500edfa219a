"use client";

import { ErrorPanel } from "@/app/_components/error-panel";

// A failing study page offers the way back to the dashboard, where the learner's work is.
export default function StudyError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} back={{ href: "/dashboard", ko: "대시보드로", en: "Go to the dashboard" }} />;
}

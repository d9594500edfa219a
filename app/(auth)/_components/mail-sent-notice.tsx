import type { ReactNode } from "react";

/**
 * What a form shows once it has mailed a link: the same panel whatever the address, and, on a server without
 * SMTP_URL, where the message went instead.
 */
export function MailSentNotice({ children, noMailServer }: { children: ReactNode; noMailServer: string | null }) {
  return (
    <div role="status" className="space-y-3 rounded-lg border border-sky-200 bg-sky-50 p-4">
      {children}
      {noMailServer ? <p className="text-sm text-slate-600">{noMailServer}</p> : null}
    </div>
  );
}

"use client";

import { signOut } from "next-auth/react";
import { signOutEverywhere } from "@/app/_actions/sign-out";

/**
 * Signs out: the server ends the session first (every session of the account: a JWT cannot be revoked alone), then
 * the browser drops its cookie. A failed server call still signs this browser out.
 */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="text-sm text-slate-600 hover:text-slate-900"
      onClick={async () => {
        await signOutEverywhere(null).catch(() => undefined);
        await signOut({ callbackUrl: "/" });
      }}
    >
      {label}
    </button>
  );
}

import type { InputHTMLAttributes } from "react";

export function FormField({
  label,
  error,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: string }) {
  const describedBy = error ? `${input.id}-error` : hint ? `${input.id}-hint` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={input.id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded-md border border-slate-300 px-3 py-2 focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600"
      />
      {hint && !error ? (
        <p id={`${input.id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${input.id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

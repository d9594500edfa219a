"use client";

import { useEffect, useRef } from "react";
import { shortcutKey } from "./shortcut-key";

const TYPING = new Set(["text", "number", "search", "email", "password", "url", "tel"]);

/**
 * Calls `handler` with the shortcut key of every keydown on the page (see `shortcutKey`: letters in lower case, and
 * by position when the keyboard types Hangul), except while the learner types in a field, with a modifier held, or
 * presses Enter/Space on a control that handles them itself (a button, a link; Space on a checkbox).
 * Return true from the handler to prevent the browser's default action.
 */
export function useHotkeys(handler: (key: string) => boolean): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target) {
        const tag = target.tagName;
        if (tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable) return;
        if (target instanceof HTMLInputElement && TYPING.has(target.type)) return;
        const activates = event.key === "Enter" || event.key === " ";
        if (activates && (tag === "BUTTON" || tag === "A" || tag === "SUMMARY")) return;
        if (event.key === " " && target instanceof HTMLInputElement) return;
      }
      if (latest.current(shortcutKey(event))) event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

"use client";

import dynamic from "next/dynamic";

/**
 * The scenario panel, fetched only once an answer has come back with a scenario, so the practice page's first load
 * carries none of the panel's code or text.
 */
export const ScenarioPanelLoader = dynamic(() => import("./scenario-panel").then((m) => m.ScenarioPanel), {
  loading: () => (
    <div aria-busy="true" className="h-40 animate-pulse rounded-md border border-slate-200 bg-slate-100" />
  ),
});

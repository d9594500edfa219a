import type { Source } from "@/lib/content/schema";

/** Where an item's facts come from: AWS documentation links, or the study note a fact was taken from. */
export function SourceList({ sources, title }: { sources: readonly Source[]; title: string }) {
  return (
    <div className="text-sm">
      <h4 className="font-semibold">{title}</h4>
      <ul className="list-disc pl-5">
        {sources.map((source) =>
          "url" in source ? (
            <li key={source.url}>
              <a
                href={source.url}
                target="_blank"
                rel="noreferrer"
                className="text-sky-700 underline hover:text-sky-900"
              >
                {source.title}
              </a>
            </li>
          ) : (
            <li key={source.seed} className="text-slate-600">
              {source.seed}
              {source.note ? ` (${source.note})` : ""}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

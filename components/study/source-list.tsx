import type { Source } from "@/lib/content/schema";

/**
 * Where an item's facts come from: AWS documentation links, titled as the pages are, then when the facts were last
 * checked against them (`checkedNote`, already worded in the interface language).
 */
export function SourceList({
  sources,
  title,
  checkedNote,
}: {
  sources: readonly Source[];
  title: string;
  checkedNote?: string | null;
}) {
  return (
    <div className="text-sm">
      <h4 className="font-semibold">{title}</h4>
      <ul className="list-disc pl-5">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noreferrer" className="text-sky-700 underline hover:text-sky-900">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
      {checkedNote ? <p className="mt-1 text-xs text-slate-500">{checkedNote}</p> : null}
    </div>
  );
}

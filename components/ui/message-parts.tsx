import { Fragment } from "react";
import type { MessagePart } from "@/lib/i18n/translate";

/**
 * A filled message whose identifiers (a field path, a security group id, an error code) are shown as code and marked
 * `translate="no"`, so that neither a reader nor a translation tool takes them for words of the page's language.
 */
export function MessageParts({ parts }: { parts: readonly MessagePart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        typeof part === "string" ? (
          <Fragment key={index}>{part}</Fragment>
        ) : (
          <code key={index} translate="no" className="font-mono text-[0.92em]">
            {part.code}
          </code>
        ),
      )}
    </>
  );
}

import type { IamNote, IamNoteCode, IamStatementRef } from "./types";

/** Told when part of a statement is read as matching nothing because its form is forbidden or undefined. */
export type NoteSink = (code: IamNoteCode, subject: string) => void;

/** A sink for callers that do not keep notes. */
export const IGNORE: NoteSink = () => {};

function message(code: IamNoteCode, subject: string): IamNote["message"] {
  switch (code) {
    case "resource-type-wildcard":
      return {
        ko: `${subject}: ARN의 리소스 유형 부분(예: user)에는 와일드카드를 쓸 수 없으므로 이 패턴은 어떤 리소스와도 일치하지 않습니다.`,
        en: `${subject}: a wildcard may not stand in the resource-type part of an ARN (such as user), so this pattern matches no resource.`,
      };
    case "plain-operator-on-multivalued-key":
      return {
        ko: `${subject}: 다중 값 키에 ForAnyValue/ForAllValues 없이 쓴 연산자는 AWS 문서가 동작을 정의하지 않습니다. 현장 증거에 따라 일치하지 않는 것으로 평가했습니다. 집합 연산자를 붙이세요.`,
        en: `${subject}: AWS's documentation does not define an operator without ForAnyValue/ForAllValues on a multivalued key; following the field evidence it is read as no match. Add a set operator.`,
      };
  }
}

/**
 * Records the notes of one statement, once per code and subject.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
export function noteCollector(
  notes: IamNote[],
  statement: Pick<IamStatementRef, "policyIndex" | "kind" | "statementIndex">,
): NoteSink {
  return (code, subject) => {
    const seen = notes.some(
      (note) =>
        note.code === code &&
        note.subject === subject &&
        note.policyIndex === statement.policyIndex &&
        note.statementIndex === statement.statementIndex,
    );
    if (!seen) notes.push({ code, ...statement, subject, message: message(code, subject) });
  };
}

/** The heading of the notes where a panel shows them, in Korean and English. */
export const NOTES_HEADING: IamNote["message"] = {
  ko: "주의: AWS 문서가 금지하거나 동작을 정의하지 않은 형식이 있습니다",
  en: "Warning: this input uses a form that AWS's documentation forbids or leaves undefined",
};

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CoverageTable } from "@/components/dashboard/coverage-table";
import { blueprintCoverage } from "@/lib/exam";
import { coverageTranslator } from "@/lib/i18n/coverage-messages";

const [clf] = blueprintCoverage([
  { exam: "CLF-C02", domain: "cloud-concepts", task: "1.1", questions: 9, attempted: 5, correct: 2 },
  { exam: "CLF-C02", domain: "cloud-concepts", task: "1.2", questions: 8, attempted: 4, correct: 4 },
  { exam: "CLF-C02", domain: "cloud-concepts", task: "1.3", questions: 2, attempted: 0, correct: 0 },
  { exam: "CLF-C02", domain: "cloud-concepts", task: "1.4", questions: 6, attempted: 0, correct: 0 },
]);

function render(language: "ko" | "en") {
  if (!clf) throw new Error("no CLF-C02 coverage");
  return renderToStaticMarkup(
    createElement(CoverageTable, { coverage: clf, language, t: coverageTranslator(language) }),
  );
}

/** The cells of the row whose header starts with `task`, as text. */
function rowOf(html: string, task: string): string[] {
  const row = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].find((m) =>
    m[1]!.replace(/<[^>]+>/g, "").startsWith(task),
  );
  return [...(row?.[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, "").trim(),
  );
}

describe("the coverage table", () => {
  it("is a table with column headers, a header per domain row group and a row header per task statement", () => {
    const html = render("en");
    expect(html).toContain('<caption class="sr-only">CLF-C02: questions and your results by task statement</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(5);
    expect(html.match(/<th scope="rowgroup"/g)).toHaveLength(4);
    expect(html).toContain("Domain 1: Cloud Concepts (24% of the exam)");
    expect(rowOf(html, "1.1")).toEqual([
      "1.1Define the benefits of the AWS Cloud",
      "9",
      "5",
      "40% (2/5)",
      "⚠ Low accuracy",
    ]);
    expect(rowOf(html, "1.2")).toEqual([
      "1.2Identify design principles of the AWS Cloud",
      "8",
      "4",
      "100% (4/4)",
      "✓ OK",
    ]);
    expect(rowOf(html, "1.3")[4]).toBe("⚠ Few questions");
    expect(rowOf(html, "1.4").slice(3)).toEqual(["None yet", "Not practised yet"]);
  });

  it("says the gaps in words in Korean too, and sums them up above the table", () => {
    const html = render("ko");
    expect(rowOf(html, "1.1")[4]).toBe("⚠ 정답률 낮음");
    // 19 statements: 1.1 low; every statement but 1.1, 1.2 and 1.4 has fewer than 4 questions.
    expect(html).toContain("작업 항목 19개 중 문제가 4개보다 적은 항목 16개, 정답률 70% 미만인 항목 1개.");
  });
});

import { db } from "@/lib/db/client";
import { questionData } from "../support/content-fixtures";

/** 70 SAA-C03 questions in ec2: secure 25, resilient 20, high-performing 20, cost-optimized only 5 (a short domain). */
export const SAA_COUNTS = { secure: 25, resilient: 20, "high-performing": 20, "cost-optimized": 5 } as const;
/** The task statement each fixture domain's questions are tagged with: the domain's first in the guide. */
const SAA_TASKS: Record<keyof typeof SAA_COUNTS, string> = {
  secure: "1.1",
  resilient: "2.1",
  "high-performing": "3.1",
  "cost-optimized": "4.1",
};

export function examBankQuestions() {
  return Object.entries(SAA_COUNTS).flatMap(([domain, n]) =>
    Array.from({ length: n }, (_, i) => {
      const id = `exq-${domain}-${String(i).padStart(2, "0")}`;
      const exams = [
        { exam: "SAA-C03", domain, task: SAA_TASKS[domain as keyof typeof SAA_COUNTS] },
        ...(i % 2 === 0 ? [{ exam: "CLF-C02", domain: "technology-services", task: "3.3" }] : []),
      ];
      if (i !== 0) return questionData(id, { exams, difficulty: 2 });
      return questionData(id, {
        exams,
        type: "multiple",
        select: 2,
        stem: { ko: `${id} (두 개를 선택하십시오.)`, en: `${id} (Select TWO.)` },
        choices: ["a", "b", "c", "d", "e"].map((label) => ({
          id: label,
          correct: label === "a" || label === "d",
          text: { ko: `선택지 ${label}`, en: `Choice ${label}` },
          explanation: { ko: `${label} 해설`, en: `Why ${label}` },
        })),
      });
    }),
  );
}

/** The key of a fixture question: `a`+`d` for the multiple-response ones (index 00), `b` otherwise. */
export function fixtureKey(questionId: string): string[] {
  return questionId.endsWith("-00") ? ["a", "d"] : ["b"];
}

let counter = 0;
export async function createLearner(
  label: string,
  data: { examAccommodation?: boolean; timeZone?: string } = {},
): Promise<string> {
  counter += 1;
  const user = await db().user.create({
    data: { email: `${label}-${Date.now()}-${counter}@example.com`, passwordHash: "x", ...data },
  });
  return user.id;
}

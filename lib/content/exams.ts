/**
 * Exam blueprints from AWS's exam guides (CLF-C02 v1.0, SAA-C03 v1.1): domains and their weights in percent.
 * Domain ids are stable: content files and stored answers refer to them.
 */
export const EXAMS = {
  "CLF-C02": {
    name: "AWS Certified Cloud Practitioner (CLF-C02)",
    questions: 65,
    minutes: 90,
    passingScaledScore: 700,
    domains: {
      "cloud-concepts": { weight: 24, name: { ko: "클라우드 개념", en: "Cloud Concepts" } },
      "security-compliance": { weight: 30, name: { ko: "보안 및 규정 준수", en: "Security and Compliance" } },
      "technology-services": {
        weight: 34,
        name: { ko: "클라우드 기술 및 서비스", en: "Cloud Technology and Services" },
      },
      "billing-support": { weight: 12, name: { ko: "결제, 요금 및 지원", en: "Billing, Pricing, and Support" } },
    },
  },
  "SAA-C03": {
    name: "AWS Certified Solutions Architect – Associate (SAA-C03)",
    questions: 65,
    minutes: 130,
    passingScaledScore: 720,
    domains: {
      secure: { weight: 30, name: { ko: "보안 아키텍처 설계", en: "Design Secure Architectures" } },
      resilient: { weight: 26, name: { ko: "복원력을 갖춘 아키텍처 설계", en: "Design Resilient Architectures" } },
      "high-performing": {
        weight: 24,
        name: { ko: "고성능 아키텍처 설계", en: "Design High-Performing Architectures" },
      },
      "cost-optimized": {
        weight: 20,
        name: { ko: "비용 최적화 아키텍처 설계", en: "Design Cost-Optimized Architectures" },
      },
    },
  },
} as const;

export type ExamId = keyof typeof EXAMS;
export const EXAM_IDS = Object.keys(EXAMS) as ExamId[];
export type DomainId<E extends ExamId = ExamId> = E extends ExamId
  ? keyof (typeof EXAMS)[E]["domains"] & string
  : never;

export function isDomainOf(exam: ExamId, domain: string): boolean {
  return Object.hasOwn(EXAMS[exam].domains, domain);
}

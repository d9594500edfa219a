/**
 * Exam blueprints from AWS's exam guides: domains, their weights in percent, and the task statements each domain
 * lists, numbered as in the guide. `guide` records which revision of the guide the blueprint and the bank follow (see
 * {@link ExamGuide}). Domain ids are stable: content files and stored answers refer to them.
 */
export const EXAMS = {
  "CLF-C02": {
    name: "AWS Certified Cloud Practitioner (CLF-C02)",
    questions: 65,
    minutes: 90,
    passingScaledScore: 700,
    guide: {
      // AWS revised the guide in 2026 without a new exam code: the in-scope list went from 128 services to 111 and the
      // Support plans became Basic, Business Support+, Enterprise Support and Unified Operations.
      revision: "CLF-C02, 2026 revision",
      url: "https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html",
      inScopeServices: 111,
      supportPlans: ["Basic Support", "Business Support+", "Enterprise Support", "Unified Operations"],
      checkedAt: "2026-12-07",
    },
    domains: {
      "cloud-concepts": {
        weight: 24,
        name: { ko: "클라우드 개념", en: "Cloud Concepts" },
        tasks: {
          "1.1": { ko: "AWS 클라우드의 이점 정의", en: "Define the benefits of the AWS Cloud" },
          "1.2": { ko: "AWS 클라우드의 설계 원칙 식별", en: "Identify design principles of the AWS Cloud" },
          "1.3": {
            ko: "AWS 클라우드로의 마이그레이션 이점과 전략 이해",
            en: "Understand the benefits of and strategies for migration to the AWS Cloud",
          },
          "1.4": { ko: "클라우드 경제성 개념 이해", en: "Understand concepts of cloud economics" },
        },
      },
      "security-compliance": {
        weight: 30,
        name: { ko: "보안 및 규정 준수", en: "Security and Compliance" },
        tasks: {
          "2.1": { ko: "AWS 공동 책임 모델 이해", en: "Understand the AWS shared responsibility model" },
          "2.2": {
            ko: "AWS 클라우드 보안, 거버넌스, 규정 준수 개념 이해",
            en: "Understand AWS Cloud security, governance, and compliance concepts",
          },
          "2.3": { ko: "AWS 액세스 관리 기능 식별", en: "Identify AWS access management capabilities" },
          "2.4": { ko: "보안을 위한 구성 요소와 리소스 식별", en: "Identify components and resources for security" },
        },
      },
      "technology-services": {
        weight: 34,
        name: { ko: "클라우드 기술 및 서비스", en: "Cloud Technology and Services" },
        tasks: {
          "3.1": {
            ko: "AWS 클라우드에서 배포하고 운영하는 방법 정의",
            en: "Define methods of deploying and operating in the AWS Cloud",
          },
          "3.2": { ko: "AWS 글로벌 인프라 정의", en: "Define the AWS global infrastructure" },
          "3.3": { ko: "AWS 컴퓨팅 서비스 식별", en: "Identify AWS compute services" },
          "3.4": { ko: "AWS 데이터베이스 서비스 식별", en: "Identify AWS database services" },
          "3.5": { ko: "AWS 네트워크 서비스 식별", en: "Identify AWS network services" },
          "3.6": { ko: "AWS 스토리지 서비스 식별", en: "Identify AWS storage services" },
          "3.7": {
            ko: "AWS 인공 지능·기계 학습(AI/ML) 서비스와 분석 서비스 식별",
            en: "Identify AWS artificial intelligence and machine learning (AI/ML) services and analytics services",
          },
          "3.8": {
            ko: "그 밖의 출제 범위 AWS 서비스 범주에서 서비스 식별",
            en: "Identify services from other in-scope AWS service categories",
          },
        },
      },
      "billing-support": {
        weight: 12,
        name: { ko: "결제, 요금 및 지원", en: "Billing, Pricing, and Support" },
        tasks: {
          "4.1": { ko: "AWS 요금 모델 비교", en: "Compare AWS pricing models" },
          "4.2": {
            ko: "결제, 예산, 비용 관리를 위한 리소스 이해",
            en: "Understand resources for billing, budget, and cost management",
          },
          "4.3": {
            ko: "AWS 기술 리소스와 AWS Support 옵션 식별",
            en: "Identify AWS technical resources and AWS Support options",
          },
        },
      },
    },
  },
  "SAA-C03": {
    name: "AWS Certified Solutions Architect – Associate (SAA-C03)",
    questions: 65,
    minutes: 130,
    passingScaledScore: 720,
    guide: {
      revision: "SAA-C03, version 1.1",
      url: "https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/solutions-architect-associate-03.html",
      checkedAt: "2026-11-22",
    },
    domains: {
      secure: {
        weight: 30,
        name: { ko: "보안 아키텍처 설계", en: "Design Secure Architectures" },
        tasks: {
          "1.1": { ko: "AWS 리소스에 대한 보안 액세스 설계", en: "Design secure access to AWS resources" },
          "1.2": { ko: "안전한 워크로드와 애플리케이션 설계", en: "Design secure workloads and applications" },
          "1.3": { ko: "적절한 데이터 보안 제어 결정", en: "Determine appropriate data security controls" },
        },
      },
      resilient: {
        weight: 26,
        name: { ko: "복원력을 갖춘 아키텍처 설계", en: "Design Resilient Architectures" },
        tasks: {
          "2.1": {
            ko: "확장 가능하고 느슨하게 결합된 아키텍처 설계",
            en: "Design scalable and loosely coupled architectures",
          },
          "2.2": {
            ko: "고가용성 및/또는 내결함성 아키텍처 설계",
            en: "Design highly available and/or fault-tolerant architectures",
          },
        },
      },
      "high-performing": {
        weight: 24,
        name: { ko: "고성능 아키텍처 설계", en: "Design High-Performing Architectures" },
        tasks: {
          "3.1": {
            ko: "고성능 및/또는 확장 가능한 스토리지 솔루션 결정",
            en: "Determine high-performing and/or scalable storage solutions",
          },
          "3.2": {
            ko: "고성능의 탄력적인 컴퓨팅 솔루션 설계",
            en: "Design high-performing and elastic compute solutions",
          },
          "3.3": { ko: "고성능 데이터베이스 솔루션 결정", en: "Determine high-performing database solutions" },
          "3.4": {
            ko: "고성능 및/또는 확장 가능한 네트워크 아키텍처 결정",
            en: "Determine high-performing and/or scalable network architectures",
          },
          "3.5": {
            ko: "고성능 데이터 수집 및 변환 솔루션 결정",
            en: "Determine high-performing data ingestion and transformation solutions",
          },
        },
      },
      "cost-optimized": {
        weight: 20,
        name: { ko: "비용 최적화 아키텍처 설계", en: "Design Cost-Optimized Architectures" },
        tasks: {
          "4.1": { ko: "비용 최적화 스토리지 솔루션 설계", en: "Design cost-optimized storage solutions" },
          "4.2": { ko: "비용 최적화 컴퓨팅 솔루션 설계", en: "Design cost-optimized compute solutions" },
          "4.3": { ko: "비용 최적화 데이터베이스 솔루션 설계", en: "Design cost-optimized database solutions" },
          "4.4": { ko: "비용 최적화 네트워크 아키텍처 설계", en: "Design cost-optimized network architectures" },
        },
      },
    },
  },
} as const;

export type ExamId = keyof typeof EXAMS;

/**
 * The exam guide revision a blueprint follows. `checkedAt` (YYYY-MM-DD) is when it was last compared with AWS's page;
 * `supportPlans` are the AWS Support plans the guide names, so the bank's support-plan items can be held to them.
 */
export interface ExamGuide {
  revision: string;
  url: string;
  checkedAt: string;
  inScopeServices?: number;
  supportPlans?: readonly string[];
}
export const EXAM_IDS = Object.keys(EXAMS) as ExamId[];
export type DomainId<E extends ExamId = ExamId> = E extends ExamId
  ? keyof (typeof EXAMS)[E]["domains"] & string
  : never;

/** The guide revision an exam's blueprint follows. */
export function examGuide(exam: ExamId): ExamGuide {
  return EXAMS[exam].guide;
}

export function isDomainOf(exam: ExamId, domain: string): boolean {
  return Object.hasOwn(EXAMS[exam].domains, domain);
}

/** Whether `task` (a task statement number such as "2.3") is listed under that domain of that exam's guide. */
export function isTaskOf(exam: ExamId, domain: string, task: string): boolean {
  if (!isDomainOf(exam, domain)) return false;
  const domains: Record<string, { tasks: Record<string, unknown> }> = EXAMS[exam].domains;
  return Object.hasOwn(domains[domain]!.tasks, task);
}

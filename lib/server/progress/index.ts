// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export { getBlueprintCoverage } from "./get-blueprint-coverage";
export { getDashboard } from "./get-dashboard";
export type { DashboardView } from "./get-dashboard";
export type { ForecastDay } from "./get-due-forecast";
export type { ExamScorePoint } from "./get-exam-scores";
export type { MasteryRow, Mastery } from "./get-mastery";
export type { HeatmapDay } from "./get-review-heatmap";
export type { StudyToday } from "./get-study-today";
export type { RetentionMonth, TrueRetention } from "./get-true-retention";

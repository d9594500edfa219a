// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export type { ExamResultItem, ExamResultView } from "./exam-result-view";
export type { ExamRoomItem, ExamRoomView } from "./exam-room-view";
export { discardExam } from "./discard-exam";
export { getExamLobby } from "./get-exam-lobby";
export type { MockExamOffer, ExamLobby } from "./get-exam-lobby";
export { getExamResult } from "./get-exam-result";
export { getExamRoom } from "./get-exam-room";
export { listExamHistory } from "./list-exam-history";
export type { ExamHistoryEntry } from "./list-exam-history";
export { moveExamCursor } from "./move-exam-cursor";
export { saveExamResponse } from "./save-exam-response";
export type { SavedResponse } from "./save-exam-response";
export { settleOverdueExams } from "./settle-overdue-exams";
export { startExam } from "./start-exam";
export type { StartExamRequest, StartedExam } from "./start-exam";
export { submitExam } from "./submit-exam";

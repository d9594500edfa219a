import { notFound, redirect } from "next/navigation";
import { examTitle } from "@/components/exam/exam-title";
import { requireUser } from "@/lib/auth/session";
import { examRoomMessages, examTranslator } from "@/lib/i18n/exam-messages";
import { appMessages } from "@/lib/i18n/messages";
import { AppError } from "@/lib/server/app-error";
import { getExamRoom, settleOverdueExams } from "@/lib/server/exams";
import { getLanguage } from "@/lib/server/language";
import { ExamRoom } from "./exam-room";

export async function generateMetadata() {
  return { title: examTranslator(await getLanguage())("exams.roomTitle") };
}

export default async function ExamRoomPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/exams/${attemptId}`);
  // The one write before these reads: an exam left open past its deadline is scored now, at its deadline.
  const now = new Date();
  await settleOverdueExams({ userId: user.id, now });
  const language = await getLanguage();
  const found = await getExamRoom({ userId: user.id, attemptId, language, now }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!found) notFound();
  if (found.status === "submitted") redirect(`/exams/${attemptId}/result`);
  const title = examTitle(examTranslator(language), language, found.room.kind, found.room.topicId);
  // Only the key-free room view, in the learner's language, and the room's texts cross to the browser.
  return (
    <ExamRoom
      room={found.room}
      title={title}
      messages={examRoomMessages(language)}
      errorMessages={appMessages(language, ["errors"])}
    />
  );
}

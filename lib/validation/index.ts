export { AnswerChoicesSchema, SelectedChoicesSchema } from "./answers";
export {
  ChangeEmailSchema,
  ChangePasswordSchema,
  ConfirmEmailLinkSchema,
  EmailLinkTokenSchema,
  ForgotPasswordSchema,
  ResetPasswordSchema,
  DeleteAccountSchema,
  EmailSchema,
  PasswordSchema,
  SignInSchema,
  SignUpSchema,
} from "./credentials";
export { RequestIdSchema, RowIdSchema } from "./ids";
export { CloseReportSchema, ReportInputSchema, type ReportInput } from "./report";
export { REPORT_REASONS } from "./report-reasons";
export type { ActionFailure, ActionResult } from "./action-result";
export { safeCallbackUrl } from "./callback-url";

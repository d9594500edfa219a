// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export { endSessions } from "./end-sessions";
export { getStudySettings } from "./get-study-settings";
export { setUserLocale } from "./set-user-locale";
export { updateSettings } from "./update-settings";
export { changePassword } from "./change-password";
export { deleteAccount } from "./delete-account";
export { exportData } from "./export-data";
export { requestSignUp } from "./request-sign-up";
export { confirmSignUp } from "./confirm-sign-up";
export { requestPasswordReset } from "./request-password-reset";
export { resetPassword } from "./reset-password";
export { requestEmailChange } from "./request-email-change";
export { confirmEmailChange } from "./confirm-email-change";

// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export { endSessions } from "./end-sessions";
export { getStudySettings } from "./get-study-settings";
export { registerUser } from "./register-user";
export { setUserLocale } from "./set-user-locale";
export { updateSettings } from "./update-settings";
export { changePassword } from "./change-password";
export { deleteAccount } from "./delete-account";
export { exportData } from "./export-data";

export { sendMail, type MailMessage } from "./send-mail";

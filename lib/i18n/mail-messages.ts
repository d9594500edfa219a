import type { Language } from "./localized";

export type MailKind =
  "sign-up" | "sign-up-existing" | "reset-password" | "change-email" | "change-email-existing" | "email-changed";

/** The subject and body of each e-mail Gureum sends, in the learner's language. `link` and `email` fill the text. */
export function mailText(
  kind: MailKind,
  language: Language,
  values: { link: string; email: string; hours?: number; minutes?: number },
): { subject: string; text: string } {
  const { link, email } = values;
  if (language === "ko") {
    switch (kind) {
      case "sign-up":
        return {
          subject: "구름: 가입을 마치려면 주소를 확인해 주세요",
          text: `구름에 ${email} 주소로 가입을 요청하셨습니다. 아래 링크를 열고 "계정 만들기"를 누르면 가입이 끝납니다.\n\n${link}\n\n이 링크는 ${values.hours ?? 24}시간 동안 한 번만 쓸 수 있습니다. 요청하신 적이 없다면 이 메일을 무시하십시오.`,
        };
      case "sign-up-existing":
        return {
          subject: "구름: 이 주소로 이미 계정이 있습니다",
          text: `누군가 ${email} 주소로 구름 가입을 시도했습니다. 이 주소로는 이미 계정이 있습니다.\n\n본인이라면 로그인하십시오: ${link}/sign-in\n비밀번호가 기억나지 않으면 재설정하십시오: ${link}/forgot-password\n\n본인이 아니라면 이 메일을 무시하셔도 됩니다. 계정은 바뀌지 않았습니다.`,
        };
      case "reset-password":
        return {
          subject: "구름: 비밀번호 재설정",
          text: `구름 계정(${email})의 비밀번호 재설정을 요청하셨습니다. 아래 링크에서 새 비밀번호를 정하십시오.\n\n${link}\n\n이 링크는 ${values.minutes ?? 30}분 동안 한 번만 쓸 수 있습니다. 요청하신 적이 없다면 이 메일을 무시하십시오. 비밀번호는 바뀌지 않습니다.`,
        };
      case "change-email":
        return {
          subject: "구름: 새 이메일 주소를 확인해 주세요",
          text: `구름 계정의 이메일 주소를 새 주소(${email})로 바꾸려면 아래 링크를 열고 확인을 누르십시오.\n\n${link}\n\n이 링크는 ${values.hours ?? 24}시간 동안 한 번만 쓸 수 있습니다. 요청하신 적이 없다면 이 메일을 무시하십시오.`,
        };
      case "change-email-existing":
        return {
          subject: "구름: 이 주소로 이미 계정이 있습니다",
          text: `누군가 구름 계정의 이메일을 새 주소(${email})로 바꾸려고 했지만, 이 주소로는 이미 다른 계정이 있습니다. 주소는 바뀌지 않았습니다.\n\n로그인: ${link}/sign-in`,
        };
      case "email-changed":
        return {
          subject: "구름: 계정의 이메일 주소가 바뀌었습니다",
          text: `구름 계정의 이메일 주소가 새 주소(${email})로 바뀌었습니다. 본인이 바꾼 것이 아니라면 바로 새 주소의 비밀번호를 재설정하고 관리자에게 알리십시오.\n\n${link}/forgot-password`,
        };
    }
  }
  switch (kind) {
    case "sign-up":
      return {
        subject: "Gureum: confirm your address to finish signing up",
        text: `You asked to sign up for Gureum as ${email}. Open this link and press "Create my account" to finish:\n\n${link}\n\nThe link works once, for ${values.hours ?? 24} hours. If you did not ask for this, ignore this message.`,
      };
    case "sign-up-existing":
      return {
        subject: "Gureum: you already have an account",
        text: `Someone tried to sign up for Gureum as ${email}, but this address already has an account.\n\nIf it was you, sign in: ${link}/sign-in\nForgot your password? Reset it: ${link}/forgot-password\n\nIf it was not you, you can ignore this message: nothing about your account changed.`,
      };
    case "reset-password":
      return {
        subject: "Gureum: reset your password",
        text: `You asked to reset the password of your Gureum account (${email}). Choose a new one here:\n\n${link}\n\nThe link works once, for ${values.minutes ?? 30} minutes. If you did not ask for this, ignore this message: your password stays as it is.`,
      };
    case "change-email":
      return {
        subject: "Gureum: confirm your new address",
        text: `To make ${email} the address of your Gureum account, open this link and confirm:\n\n${link}\n\nThe link works once, for ${values.hours ?? 24} hours. If you did not ask for this, ignore this message.`,
      };
    case "change-email-existing":
      return {
        subject: "Gureum: this address already has an account",
        text: `Someone tried to move a Gureum account to ${email}, but this address already has an account of its own. Nothing changed.\n\nSign in: ${link}/sign-in`,
      };
    case "email-changed":
      return {
        subject: "Gureum: your account's address changed",
        text: `Your Gureum account's address is now ${email}. If you did not make this change, reset the password of the new address at once and tell the maintainers.\n\n${link}/forgot-password`,
      };
  }
}

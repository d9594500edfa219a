import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Language } from "@/lib/content";
import { AppError } from "@/lib/server/app-error";

export async function registerUser(input: { email: string; password: string; name?: string; locale: Language }) {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: { email: input.email, passwordHash, name: input.name ?? null, locale: input.locale },
      select: { id: true, email: true },
    });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists");
    }
    throw error;
  }
}

import "server-only";
import { db } from "@/lib/db/client";

/** True when the database answers; used by load balancers and by `npm start` to know the app is ready. */
export async function checkHealth(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

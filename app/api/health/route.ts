import { checkHealth } from "@/lib/db/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkHealth();
  return Response.json({ status: ok ? "ok" : "database unavailable" }, { status: ok ? 200 : 503 });
}

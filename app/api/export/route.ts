import { getSessionUser } from "@/lib/auth/session";
import { exportData } from "@/lib/server/account";

/**
 * The learner's data as a download: `?format=json` (everything) or `?format=anki-csv` (review logs in Anki's revlog
 * columns). A route handler because a download needs HTTP headers.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in first" }, { status: 401 });
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  const day = new Date().toISOString().slice(0, 10);
  const headers = { "Cache-Control": "no-store" };
  if (format === "json") {
    const data = await exportData({ userId: user.id, format: "json" });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="gureum-export-${day}.json"`,
      },
    });
  }
  if (format === "anki-csv") {
    const csv = await exportData({ userId: user.id, format: "anki-csv" });
    return new Response(csv, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="gureum-revlog-${day}.csv"`,
      },
    });
  }
  return Response.json({ error: 'format must be "json" or "anki-csv"' }, { status: 400 });
}

import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { signUpLinkProvider } from "./sign-up-link-provider";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 answers a JSON body it cannot parse with a 500; check it first and answer 400.
async function malformedBody(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !(request.headers.get("content-type") ?? "").includes("application/json"))
    return false;
  try {
    await request.clone().json();
    return false;
  } catch {
    return true;
  }
}

async function handler(request: Request, context: Context) {
  if (await malformedBody(request))
    return Response.json({ error: "Malformed request body: expected JSON" }, { status: 400 });
  return NextAuth(authOptions([signUpLinkProvider()]))(request, context);
}

export { handler as GET, handler as POST };

import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/guards";

// Sends each person to their own area after the magic link.
export default async function AfterSignIn() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  redirect(user.role === "coach" ? "/coach" : "/portal");
}

import { SITE } from "@/lib/seo/site";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/app/_components/marketing/og-image";

export const alt = `${SITE.practiceName}: turn your job into a career`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return renderOgImage({ eyebrow: "Career coaching", title: "Turn the job you have into a career you chose." });
}

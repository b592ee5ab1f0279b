import { SITE } from "@/lib/seo/site";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/app/_components/marketing/og-image";

export const alt = `About ${SITE.coachName}, career coach`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return renderOgImage({ eyebrow: "About", title: `Meet ${SITE.coachName}, career coach` });
}

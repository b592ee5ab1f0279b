import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/app/_components/marketing/og-image";

export const alt = "Coaching packages and the free discovery call";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return renderOgImage({ eyebrow: "Services", title: "Coaching that starts where you are" });
}

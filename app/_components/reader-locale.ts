import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { localeFromAcceptLanguage } from "@/lib/zones/reader-locale";

/** The locale of the person reading this page (their browser's Accept-Language), once per request. */
export const readerLocale = cache(async (): Promise<string> => localeFromAcceptLanguage((await headers()).get("accept-language")));

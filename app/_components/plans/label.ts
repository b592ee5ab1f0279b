/** An enum value as a person reads it: "short_term" -> "Short term". */
export const label = (value: string) => (value.charAt(0).toUpperCase() + value.slice(1)).replaceAll("_", " ");

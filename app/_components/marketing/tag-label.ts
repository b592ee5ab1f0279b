/** "career-planning" -> "Career planning", for showing a tag slug to readers. */
export function tagLabel(tag: string): string {
  const words = tag.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

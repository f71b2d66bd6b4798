/** Text cut to `max` characters (whole code points) with an ellipsis, for previews of untrusted files. */
export function clip(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

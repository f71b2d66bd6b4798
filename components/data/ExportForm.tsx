/** Placeholder: the contacts export form (format, scope, delimiter) — being built for issue 7. */
export function ExportForm() {
  return null;
}

/** Placeholder: options' data section (export, import with preview, backup/restore, erase) — being built for issue 7. */
export function DataSection() {
  return null;
}

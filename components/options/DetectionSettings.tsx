/** Placeholder: include/exclude keywords for the detector — being built for issue 3. */
export function DetectionSettings() {
  return null;
}

/** A failed action's message, announced to screen readers; nothing when there is none. */
export function ErrorMessage({ error }: { error: string | undefined }) {
  return error ? (
    <p className="error" role="alert">
      {error}
    </p>
  ) : null;
}

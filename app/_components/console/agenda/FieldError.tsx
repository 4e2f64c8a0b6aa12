/** The server's reason, beside the field it is about (and tied to it by `id`). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="text-sm font-semibold text-danger wrap-anywhere">
      {message}
    </p>
  );
}

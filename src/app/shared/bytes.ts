/** `12,3 MB`: a download's progress as a cashier reads it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1).replace('.', ',')} MB`;
}

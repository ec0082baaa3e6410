/** One line of a read-back: what the cashier reads aloud to the customer. */
export interface ConfirmLine {
  label: string;
  value: string;
  /** Shown large: the number read back to the customer. */
  big?: boolean;
}

/** What the confirm dialog shows before money moves. */
export interface ConfirmData {
  title: string;
  lines: ConfirmLine[];
  warnings: string[];
  /**
   * A risk that needs a second, explicit confirmation (an identical operation the service may
   * still commit): after `Confirmar` the dialog names it and asks again.
   */
  risk?: string | null;
}

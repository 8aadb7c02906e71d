// A button that shows a sign (+, ×, ↶…) and is named by its label: the label is its
// accessible name and its tooltip, the same words.
import type { ReactNode } from 'react';

export function IconButton({
  label,
  onClick,
  disabled,
  testId,
  children,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  testId?: string;
  /** The sign shown. */
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="icon-button"
      data-testid={testId}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

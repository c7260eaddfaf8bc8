import { type ReactNode, useId } from 'react';

/** A label tied to its control by id (antd inputs take the id), so screen readers announce the field. */
export function Field({
  label,
  className,
  children,
}: {
  label: ReactNode;
  className?: string;
  children(id: string): ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `ol-field ${className}` : 'ol-field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

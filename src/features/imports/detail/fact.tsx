import { useId, type ReactNode } from 'react';

/** One labelled value in a <dl>; the value is named by its label, so it can be found by it. */
export function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  const id = useId();
  return (
    <div className={wide ? 'fact fact--wide' : 'fact'}>
      <dt id={id}>{label}</dt>
      <dd aria-labelledby={id}>{children}</dd>
    </div>
  );
}

import { useId, type ReactNode } from 'react';

/**
 * One labelled value. A group named by its label rather than <dt>/<dd>: ARIA does not let a
 * definition carry a name, and a named group lets the value be found by what it is.
 */
export function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  const id = useId();
  return (
    <div className={wide ? 'fact fact--wide' : 'fact'} role="group" aria-labelledby={id}>
      <span className="fact__label" id={id}>
        {label}
      </span>
      <span className="fact__value">{children}</span>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { Icon } from './icon.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text`; its accessible name says what, and a polite status says whether it worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // No clipboard outside secure contexts, or permission refused.
      setState('failed');
    }
  };

  return (
    <span className="copy">
      <button type="button" className="icon-button" aria-label={label} title={label} onClick={() => void copy()}>
        <Icon name="copy" />
      </button>
      {state === 'idle' ? null : (
        <span className={`copy__note copy__note--${state}`} role="status">
          {state === 'copied' ? 'Copied' : 'Copy failed'}
        </span>
      )}
    </span>
  );
}

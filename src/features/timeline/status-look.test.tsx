import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { iconPath } from '../../components/icon.tsx';
import { ImportStatus } from '../imports/components/import-status.tsx';
import { statusLook } from '../imports/status-look.ts';

describe('status look on the timeline', () => {
  it.each(['INITIALIZING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'STOPPED', 'SOMETHING_NEW'])(
    'colours and marks %s like the Imports table',
    (status) => {
      const { container } = render(<ImportStatus status={status} />);
      const look = statusLook(status);
      expect(container.querySelector('.status')).toHaveClass(`status--${look.tone}`);
      expect(container.querySelector('path')?.getAttribute('d')).toBe(iconPath(look.icon));
    },
  );
});

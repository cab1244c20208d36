import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/filters.css';
import './styles/feedback.css';
import './styles/table.css';
import './styles/detail.css';
import './styles/progress.css';
import './styles/failures.css';
import './styles/dialogs.css';
import './styles/sources.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);

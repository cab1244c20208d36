import { createQueryClient } from './app/query-client.ts';
import { startFirstListings } from './features/imports/api/first-listings.ts';
import { prepareTimeFormats } from './lib/format-time.ts';
import { readInlinePageConfig } from './lib/page-config.ts';
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
import './styles/views.css';
import './styles/sources.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first ListImports leaves before React and the page are loaded and run (they are a chunk of
// their own, preloaded by index.html); the page then joins it. While it is out, and the page's
// chunk is still compiling, the date formats load their locale data.
const queryClient = createQueryClient();
const config = readInlinePageConfig();
const firstRequests = config ? startFirstListings(queryClient, config.sources, window.location.search) : Promise.resolve();
void firstRequests
  .then(() => {
    prepareTimeFormats();
    return import('./app/render-app.tsx');
  })
  .then(({ renderApp }) => renderApp(root, queryClient));

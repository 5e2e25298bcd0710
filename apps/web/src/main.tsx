import './i18n/i18n.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/components.css';
import './styles/sections.css';
import './styles/zoom.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import '../personas.css';
import './portal.css';
import { PortalApp } from './PortalApp';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);

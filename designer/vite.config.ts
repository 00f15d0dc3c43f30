import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app resolves @govflow/* packages to their TypeScript sources (the `govflow-source` condition).
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['govflow-source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Two entries: the staff app, and the public portal (its own page, never loading bpmn-js).
    rolldownOptions: { input: { main: 'index.html', portal: 'portal.html' } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});

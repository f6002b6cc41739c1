import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// A relative path on purpose: Vite bundles relative imports of its config, but loads packages from
// node_modules as plain Node modules, and Node 20 cannot run the kit's TypeScript.
import { portalConfig } from '../../packages/ui/vite/portalConfig.ts';

export default defineConfig(portalConfig('/participant/', [react()]));

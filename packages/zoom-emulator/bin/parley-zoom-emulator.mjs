#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (there is no build step for workspace packages).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

// Component tests: the panel chunk is loaded once up front (the app loads it while idle, before the first
// click), and what a test rendered is unmounted so tests stay independent.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { loadPanel } from '../../src/ui/lazy';

beforeAll(async () => {
  await loadPanel();
});

afterEach(() => cleanup());

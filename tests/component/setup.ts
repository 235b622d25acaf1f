// Component tests: the panel chunk and the az and ru catalogues are loaded once up front (the app loads it while idle, before the first
// click), and what a test rendered is unmounted so tests stay independent.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { loadCatalogue } from '../../src/i18n/i18n';
import { loadPanel } from '../../src/ui/lazy';

beforeAll(async () => {
  await Promise.all([loadPanel(), loadCatalogue('az'), loadCatalogue('ru')]);
});

afterEach(() => cleanup());

// Component tests: unmount what a test rendered so tests stay independent.
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/datasetPlugin';

export default defineConfig({
	plugins: [datasetPlugin(), sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
		environment: 'node'
	}
});

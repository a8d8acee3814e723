#!/usr/bin/env node
// Renders examples/persistence.en.cast as the animated SVG of the README, with
// svg-term (the library behind svg-term-cli). Usage: npm run demo:render
//
// svg-term bundles React 16, but its styling package (@stiligita/react) requires
// `react` without declaring it and would get dockwise's React 19: those
// requires are sent to svg-term's own copy.
import {readFile, writeFile} from 'node:fs/promises';
import Module, {createRequire} from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const input = path.join(root, process.argv[2] ?? 'examples/persistence.en.cast');
const output = path.join(root, process.argv[3] ?? 'examples/persistence.en.svg');
const require = createRequire(import.meta.url);
const svgTermDirectory = path.dirname(require.resolve('svg-term'));
const requireFromSvgTerm = createRequire(path.join(svgTermDirectory, 'index.js'));
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
	if ((request === 'react' || request.startsWith('react-dom')) && parent?.filename?.includes(`${path.sep}@stiligita${path.sep}`)) {
		return requireFromSvgTerm.resolve(request);
	}

	return originalResolve.call(this, request, parent, ...rest);
};

const {render} = require('svg-term');
// svg-term reads output events only: markers are left out.
const lines = (await readFile(input, 'utf8')).trimEnd().split('\n');
const cast = [lines[0], ...lines.slice(1).filter(line => JSON.parse(line)[1] === 'o')].join('\n');
const svg = render(cast, {window: true, cursor: false, paddingX: 8, paddingY: 8});
await writeFile(output, svg);
console.log(`${path.relative(root, output)}: ${(svg.length / 1024).toFixed(0)} KiB`);

import { analyzeText } from '../core/analyze';
import { readFileSync } from 'node:fs';

// Placeholder; the real CLI lands with issue 3.
for (const f of process.argv.slice(2)) process.stdout.write(JSON.stringify({ file: f, ...analyzeText(readFileSync(f, 'utf8')) }) + '\n');

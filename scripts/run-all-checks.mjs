#!/usr/bin/env node
// `npm test`: every offline gate in order, with its time. Stops at the first failing gate (non-zero exit).
import { spawnSync } from 'node:child_process';

const gates = [
    ['build', 'npm run build'],
    ['lint', 'npm run lint'],
    ['typecheck', 'npm run typecheck'],
    ['test:unit', 'npm run test:unit'],
    ['verify:apex', 'npm run verify:apex'],
    ['package:check', 'npm run package:check'],
    ['test:gates', 'npm run test:gates'],
    ['test:contract', 'npm run test:contract'],
    ['test:preview', 'npm run test:preview'],
    // After test:preview, which builds preview/dist (the rollup tests run the CLI against the preview server).
    ['test:rollup', 'npm run test:rollup']
];

const timings = [];
for (const [name, command] of gates) {
    const started = Date.now();
    console.log(`\n=== ${name}: ${command}`);
    const result = spawnSync(command, { shell: true, stdio: 'inherit' });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    timings.push(`${name.padEnd(14)} ${result.status === 0 ? 'ok  ' : 'FAIL'} ${seconds}s`);
    if (result.status !== 0) {
        console.error(`\n${timings.join('\n')}\n\nGate "${name}" failed.`);
        console.error(`gates: ${timings.length - 1} passed, 1 failed`);
        process.exit(result.status ?? 1);
    }
}
console.log(`\n${timings.join('\n')}\n\nAll gates passed.`);
console.log(`gates: ${timings.length} passed, 0 failed`);

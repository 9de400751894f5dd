/**
 * `node src/cli/bench/run-floor.ts <content>`: the floor (src/cli/bench/floor.ts) in a process of its own, so the
 * benchmark measures its wall time, memory and load as it does every build's. Prints "floor: <s> s" (the work alone).
 */
import { measureFloor } from './floor.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node src/cli/bench/run-floor.ts <content folder>');
console.log(`floor: ${(await measureFloor(dir)).toFixed(2)} s`);

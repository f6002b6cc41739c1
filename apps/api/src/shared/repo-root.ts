import { existsSync } from 'node:fs';
import path from 'node:path';

/** The monorepo root (where turbo.json is), so paths do not depend on which workspace npm ran in. */
export function findRepoRoot(from = __dirname): string {
  let dir = from;
  while (dir !== path.dirname(dir)) {
    if (existsSync(path.join(dir, 'turbo.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

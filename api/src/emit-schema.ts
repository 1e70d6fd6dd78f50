import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './platform/config.js';
import { modules } from './modules.js';
import { buildAppSchema, printSortedSchema } from './platform/schema.js';

const file = path.join(repoRoot, 'schema.graphql');
await writeFile(file, printSortedSchema(await buildAppSchema(modules)));
console.log(`wrote ${path.relative(process.cwd(), file)}`);

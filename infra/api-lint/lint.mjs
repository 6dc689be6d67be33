// Lints what the build documented: each service's OpenAPI document (written by its API test to
// <service>/target/openapi.json) with spectral:oas, and the AsyncAPI document with the official parser.
// Fails when a service has an error or more than MAX_WARNINGS warnings, or when the AsyncAPI document does not parse.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, fromFile } from '@asyncapi/parser';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const services = ['plan-service', 'nomination-service', 'reporting-service', 'notification-service'];
const MAX_WARNINGS = Number(process.env.TDKT_MAX_SPECTRAL_WARNINGS ?? 5);
let failed = false;

for (const service of services) {
  const document = resolve(root, service, 'target', 'openapi.json');
  if (!existsSync(document)) {
    console.error(`${service}: ${document} is missing (run ./mvnw verify first)`);
    failed = true;
    continue;
  }
  let output;
  try {
    output = execFileSync(resolve(here, 'node_modules/.bin/spectral'),
      ['lint', '--ruleset', resolve(here, '.spectral.yaml'), '--format', 'json', '--quiet', document],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    output = e.stdout; // spectral exits non-zero when it finds errors; its report is still on stdout
  }
  const results = JSON.parse(output || '[]');
  const errors = results.filter(r => r.severity === 0);
  const warnings = results.filter(r => r.severity === 1);
  console.log(`${service}: spectral:oas ${errors.length} errors, ${warnings.length} warnings`);
  for (const r of [...errors, ...warnings]) {
    console.log(`  ${r.severity === 0 ? 'error' : 'warn '} ${r.code} ${r.path.join('.')}: ${r.message}`);
  }
  if (errors.length > 0 || warnings.length > MAX_WARNINGS) {
    failed = true;
  }
}

const asyncapi = resolve(root, 'infra/contracts/src/main/resources/contracts/asyncapi.yaml');
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, asyncapi).parse();
const asyncErrors = diagnostics.filter(d => d.severity === 0);
console.log(`asyncapi.yaml: ${asyncErrors.length} errors, ${diagnostics.filter(d => d.severity === 1).length} warnings`);
for (const d of asyncErrors) {
  console.log(`  error ${d.code} ${d.path.join('.')}: ${d.message}`);
}
if (!document || asyncErrors.length > 0) {
  failed = true;
} else {
  console.log(`asyncapi.yaml: ${document.channels().length} channels, ${document.allMessages().length} messages`);
}
process.exit(failed ? 1 : 0);

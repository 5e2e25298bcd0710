import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/openapi');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** OpenAPI 3.0 schemas carry `example`, `extensions`, `x-*`: not JSON Schema, so strict mode is off. */
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isSafeInteger(value) });
ajv.addFormat('int32', {
  type: 'number',
  validate: (value: number) => Number.isInteger(value) && Math.abs(value) < 2 ** 31,
});

const compiled = new Map<string, ValidateFunction>();

/**
 * Validates `value` against a fixture schema (`list-users.response`, `derived/token.response`, …) and
 * returns the problems as readable lines; an empty array means the value matches.
 */
export function schemaErrors(fixture: string, value: unknown): string[] {
  let validate = compiled.get(fixture);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(join(fixtures, `${fixture}.json`), 'utf8')) as object);
    compiled.set(fixture, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`,
  );
}

import type { TestApp } from '../../test/create-test-app.ts';

/** A JSON schema as the OpenAPI document holds it (only what the security suite reads). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  minLength?: number;
  minItems?: number;
  default?: unknown;
}

interface RawParameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

/** One operation of the OpenAPI document, with what a request to it is made of. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As documented, with `{param}` placeholders. */
  path: string;
  /** `METHOD /path`, the key of the expectation tables. */
  key: string;
  pathParameters: { name: string; schema: JsonSchema }[];
  queryParameters: { name: string; schema: JsonSchema; required: boolean }[];
  /** The JSON body's schema ($refs resolved), when the operation takes one. */
  body?: JsonSchema;
}

/** Every operation the server documents at `/api/docs/json` (the UI's own routes excluded). */
export async function readOperations(parley: TestApp): Promise<Operation[]> {
  const response = await parley.request({ method: 'GET', url: '/api/docs/json' });
  if (response.statusCode !== 200) throw new Error(`no OpenAPI document: ${response.statusCode}`);
  const document = response.json() as {
    paths: Record<string, Record<string, { parameters?: RawParameter[]; requestBody?: unknown }>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const components = document.components?.schemas ?? {};
  const resolve = (schema: JsonSchema | undefined, depth = 0): JsonSchema | undefined => {
    if (!schema || depth > 10) return schema;
    const target = schema.$ref ? components[schema.$ref.split('/').at(-1)!] : schema;
    if (!target) return schema;
    return {
      ...target,
      ...(target.properties
        ? {
            properties: Object.fromEntries(
              Object.entries(target.properties).map(([name, property]) => [
                name,
                resolve(property, depth + 1)!,
              ]),
            ),
          }
        : {}),
      ...(target.items ? { items: resolve(target.items, depth + 1) } : {}),
      ...(target.anyOf ? { anyOf: target.anyOf.map((option) => resolve(option, depth + 1)!) } : {}),
    };
  };
  // The change stream never ends, and app.inject() waits for the end; it takes no input to fuzz, and
  // changes/change-stream.test.ts drives it over real HTTP.
  const streams = new Set(['/api/changes']);
  return Object.entries(document.paths)
    .filter(([path]) => !streams.has(path))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): Operation => {
        const parameters = operation.parameters ?? [];
        const body = (
          operation.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined
        )?.content?.['application/json']?.schema;
        return {
          method: method.toUpperCase() as Operation['method'],
          path,
          key: `${method.toUpperCase()} ${path}`,
          pathParameters: parameters
            .filter((parameter) => parameter.in === 'path')
            .map((parameter) => ({ name: parameter.name, schema: parameter.schema ?? {} })),
          queryParameters: parameters
            .filter((parameter) => parameter.in === 'query')
            .map((parameter) => ({
              name: parameter.name,
              schema: parameter.schema ?? {},
              required: parameter.required === true,
            })),
          ...(body ? { body: resolve(body) } : {}),
        };
      }),
    );
}

/** Fills `{param}` placeholders. */
export function operationUrl(path: string, values: Record<string, string>, query = ''): string {
  const filled = path.replace(/\{(\w+)\}/g, (_match, name: string) => encodePathValue(values[name] ?? 'x'));
  return query ? `${filled}?${query}` : filled;
}

/** Percent-encodes a value; a lone surrogate (which encodeURIComponent refuses) as its CESU-8 bytes. */
function encodePathValue(value: string): string {
  return [...value]
    .map((character) => {
      const code = character.charCodeAt(0);
      if (character.length === 1 && code >= 0xd800 && code <= 0xdfff) {
        return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
      }
      return encodeURIComponent(character);
    })
    .join('');
}

/** A plausible value for `schema`: the first enum value, a default, an example of the type. */
export function sampleValue(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return 'x';
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const option = schema.anyOf?.find((candidate) => candidate.type !== 'null') ?? schema.oneOf?.[0];
  if (option) return sampleValue(option, depth + 1);
  const type = Array.isArray(schema.type)
    ? schema.type.find((candidate) => candidate !== 'null')
    : schema.type;
  switch (type) {
    case 'object':
      return sampleObject(schema, depth + 1);
    case 'array':
      return schema.minItems ? [sampleValue(schema.items, depth + 1)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return sampleString(schema);
  }
}

function sampleObject(schema: JsonSchema, depth: number): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.entries(schema.properties ?? {})
      .filter(([name]) => required.has(name))
      .map(([name, property]) => [name, sampleValue(property, depth)]),
  );
}

function sampleString(schema: JsonSchema): string {
  switch (schema.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'email':
      return 'probe@example.test';
    case 'date-time':
      return '2030-01-01T09:00:00Z';
    case 'uri':
      return 'https://example.test/';
    default:
      return 'probe text that is long enough'.slice(0, Math.max(schema.minLength ?? 0, 10));
  }
}

/** The names of the string properties of an object schema (top level), for targeted bad values. */
export function stringProperties(schema: JsonSchema | undefined): string[] {
  return Object.entries(schema?.properties ?? {})
    .filter(([, property]) => {
      const types = [property.type, ...(property.anyOf ?? []).map((option) => option.type)].flat();
      return types.includes('string');
    })
    .map(([name]) => name);
}

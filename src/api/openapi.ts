/**
 * The OpenAPI 3.1 description of every route, built from the zod schemas the routes validate with.
 * A test walks the app and this list both ways, so a route cannot go undocumented.
 * @module
 */
import { z } from 'zod'
import { OPERATIONS, type Operation } from './operations'
import { ErrorResponse } from './schemas'

const address = { name: 'address', in: 'path', required: true, schema: { type: 'string', format: 'email' } }

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid request, JSON or address',
  401: 'Missing or unknown key, or an invalid signature',
  403: 'The key lacks the scope',
  404: 'Not found, or the provider is not configured',
  413: 'Body too large',
  415: 'Wrong content type',
  503: 'A store is unavailable; retry',
}

/** The OpenAPI 3.1 document. */
export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of OPERATIONS) {
    const parameters = parametersOf(op)
    paths[op.path] ??= {}
    paths[op.path]![op.method] = {
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...securityOf(op),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body ? { requestBody: requestBodyOf(op.body) } : {}),
      responses: responsesOf(op),
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ricochet',
      version: '0.1.0',
      description:
        'Bounce handling and suppression at the edge. Errors are `{"error": {"code", "message"}}`.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key (`rk_…`) or ADMIN_TOKEN.' },
      },
      schemas: { Error: jsonSchema(ErrorResponse) },
    },
    paths,
  }
}

function parametersOf(op: Operation): unknown[] {
  const parameters: unknown[] = []
  if (op.path.includes('{address}')) parameters.push(address)
  if (op.path.includes('{id}'))
    parameters.push({ name: 'id', in: 'path', required: true, schema: { type: 'string' } })
  if (op.path.includes('{delivery}'))
    parameters.push({ name: 'delivery', in: 'path', required: true, schema: { type: 'string' } })
  for (const [name, field] of Object.entries(op.query?.shape ?? {})) {
    const schema = jsonSchema(field as z.ZodType)
    parameters.push({
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      schema,
    })
  }
  return parameters
}

function securityOf(op: Operation): Record<string, unknown> {
  if (op.auth === 'signature') return { security: [], 'x-authentication': 'provider signature' }
  if (op.auth) return { security: [{ bearer: [] }], 'x-scope': op.auth }
  return { security: [] }
}

function requestBodyOf(body: NonNullable<Operation['body']>): Record<string, unknown> {
  return {
    required: true,
    ...(body.description ? { description: body.description } : {}),
    content: { [body.type]: { schema: body.schema ? jsonSchema(body.schema) : { type: 'string' } } },
  }
}

function responsesOf(op: Operation): Record<string, unknown> {
  const { ok } = op
  const responses: Record<string, unknown> = {
    [ok.status]: {
      description: ok.description,
      ...(ok.schema || ok.type
        ? {
            content: {
              [ok.type ?? 'application/json']: {
                schema: ok.schema ? jsonSchema(ok.schema) : { type: 'string' },
              },
            },
          }
        : {}),
    },
  }
  for (const status of op.errors) {
    responses[status] = {
      description: ERROR_TEXT[status],
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    }
  }
  return responses
}

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { metrics, SpanStatusCode, trace, type Histogram } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';

const SCOPE = '@renkei/telemetry/graphql';
/** The GraphQL semantic conventions' attribute names (still incubating, so spelled out here). */
const OPERATION_TYPE = 'graphql.operation.type';
const OPERATION_NAME = 'graphql.operation.name';
export const GRAPHQL_OPERATION_DURATION = 'renkei.graphql.operation.duration';
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
/** Operation names are the client's choice: only well-formed, short ones go on spans. */
const OPERATION_NAME_SHAPE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

let instruments: { provider: unknown; duration: Histogram } | undefined;
function operationDuration(): Histogram {
  const provider = metrics.getMeterProvider();
  if (instruments?.provider !== provider) {
    const duration = provider.getMeter(SCOPE).createHistogram(GRAPHQL_OPERATION_DURATION, {
      description: 'Duration of GraphQL operations over HTTP, from the request reaching Apollo to the response.',
      unit: 's',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    });
    instruments = { provider, duration };
  }
  return instruments.duration;
}

/**
 * A span per GraphQL operation (`query orderTree`), a child of the HTTP request's span, and the
 * operation latency histogram by operation type and outcome. The operation name stays off the
 * metric: clients choose names, and a metric's series must stay few.
 */
export function graphqlTelemetryPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  const tracer = trace.getTracer(SCOPE);
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      const span = tracer.startSpan('graphql');
      let operationType = 'unknown';
      let errorType: string | undefined;
      return {
        async didResolveOperation({ operation, operationName }) {
          operationType = operation?.operation ?? 'unknown';
          const name = operationName !== null && operationName !== undefined && OPERATION_NAME_SHAPE.test(operationName) ? operationName : undefined;
          span.updateName(name === undefined ? operationType : `${operationType} ${name}`);
          span.setAttribute(OPERATION_TYPE, operationType);
          if (name !== undefined) span.setAttribute(OPERATION_NAME, name);
        },
        async didEncounterErrors({ errors }) {
          const code = errors[0]?.extensions?.['code'];
          errorType = typeof code === 'string' ? code : 'GRAPHQL_ERROR';
        },
        async willSendResponse() {
          if (errorType !== undefined) {
            span.setAttribute(ATTR_ERROR_TYPE, errorType);
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
          operationDuration().record((performance.now() - startedAt) / 1000, {
            [OPERATION_TYPE]: operationType,
            ...(errorType === undefined ? {} : { [ATTR_ERROR_TYPE]: errorType }),
          });
        },
      };
    },
  };
}

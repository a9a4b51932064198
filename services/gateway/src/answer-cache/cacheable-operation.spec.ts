import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { isCacheableOperation } from './cacheable-operation';

const cacheable = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return isCacheableOperation(operation as OperationDefinitionNode, document);
};

describe('isCacheableOperation', () => {
  it('accepts queries of customerOrder alone, aliased or through fragments', () => {
    expect(cacheable('{ customerOrder(id: "CO-1") { orderId } }')).toBe(true);
    expect(cacheable('{ a: customerOrder(id: "CO-1") { orderId } b: customerOrder(id: "CO-2") { orderId } __typename }')).toBe(true);
    expect(cacheable('query { ...Root } fragment Root on Query { customerOrder(id: "CO-1") { orderId } }')).toBe(true);
    expect(cacheable('query { ... on Query { customerOrder(id: "CO-1") { orderId } } }')).toBe(true);
  });

  it('refuses any other root field, however it is reached', () => {
    expect(cacheable('{ customerOrders { count } }')).toBe(false);
    expect(cacheable('{ customerOrder(id: "CO-1") { orderId } company(id: "x") { name } }')).toBe(false);
    expect(cacheable('query { ...Root } fragment Root on Query { timeline(orderId: "CO-1") { type } }')).toBe(false);
    expect(cacheable('query { ... on Query { __schema { queryType { name } } } }')).toBe(false);
    expect(cacheable('query { ...Missing }')).toBe(false);
  });

  it('refuses mutations and subscriptions', () => {
    expect(cacheable('mutation { customerOrder }')).toBe(false);
    expect(cacheable('subscription { customerOrder }')).toBe(false);
  });
});

import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Connection } from './connection';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass it as `after` for the next page; null on an empty page' }) endCursor!: string | null;
}

/**
 * The GraphQL types of a cursor connection over `node`: `{name}Edge` and the connection class to
 * extend, decorated with `@ObjectType('{name}Connection')` by the caller.
 */
export function ConnectionType<Node>(name: string, node: Type<Node>): Type<Connection<Node>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: Node;
  }

  @ObjectType({ isAbstract: true })
  abstract class AbstractConnection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
    @Field(() => Int, { description: 'Items on this page' }) count!: number;
  }

  return AbstractConnection as unknown as Type<Connection<Node>>;
}

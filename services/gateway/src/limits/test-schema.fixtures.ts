import { buildSchema } from 'graphql';

/** A small read model: orders with lines, lines with paginated work, a recursive parent to nest deep, and a cursor connection of orders. */
export const limitsTestSchema = buildSchema(`
  type Query {
    order(id: ID!): Order
    orders(first: Int): [Order!]!
    orderPage(first: Int, after: String): OrderConnection!
    node(id: ID!): Node
    ping: String
  }
  interface Node { id: ID! }
  type Order implements Node { id: ID! customer: String lines: [Line!]! parent: Order tags: [String!]! }
  type Line implements Node { id: ID! partNumber: String work(first: Int): [Work!]! order: Order }
  type Work { id: ID! status: String }
  type OrderConnection { edges: [OrderEdge!]! pageInfo: PageInfo! count: Int! }
  type OrderEdge { cursor: String! node: Order! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`);

/// GraphQL servers (schemas, resolvers) and clients.
enum GraphQLRules {
    static let all = [apolloServer, pythonSchema, goSchema, springResolver, graphiti, hotChocolate, apolloClient, pythonClient]

    private static func rule(_ id: String, _ summary: String, _ kind: Rule.Kind, _ technology: String, _ languages: [Language],
                             _ keywords: [String], _ pattern: String, _ triggering: [String], _ nonTriggering: [String]) -> Rule {
        Rule(id: id, summary: summary, kind: kind, technology: technology, protocol: "graphql",
             direction: kind == .graphqlServer ? .receive : .call, languages: languages, keywords: keywords, pattern: pattern,
             triggering: triggering, nonTriggering: nonTriggering)
    }

    static let apolloServer = rule(
        "js.graphql.server", "A GraphQL server (Apollo Server, graphql-http, express-graphql).", .graphqlServer, "apollo",
        [.javascript, .typescript], ["ApolloServer", "graphqlHTTP", "createHandler"],
        #"\b(?:new\s+ApolloServer|graphqlHTTP|createHandler)\("#,
        ["const server = ↓new ApolloServer({ typeDefs, resolvers })"], ["import { ApolloServer } from '@apollo/server'"])

    static let pythonSchema = rule(
        "python.graphql.schema", "A GraphQL schema served from Python (Strawberry, Graphene).", .graphqlServer, "graphql",
        [.python], ["strawberry", "graphene"],
        #"\b(?:strawberry|graphene)\.Schema\("#,
        ["schema = ↓strawberry.Schema(query=Query)"], ["import strawberry"])

    static let goSchema = rule(
        "go.graphql.schema", "A GraphQL schema or server in Go (graphql-go, gqlgen).", .graphqlServer, "graphql",
        [.go], ["graphql-go/graphql", "gqlgen"],
        #"\b(?:graphql\.NewSchema|handler\.New(?:Default)?Server)\("#,
        ["import \"github.com/graphql-go/graphql\"\nschema, err := ↓graphql.NewSchema(graphql.SchemaConfig{Query: q})"],
        ["import \"github.com/graphql-go/graphql\"\nvar q = graphql.NewObject(cfg)"])

    static let springResolver = rule(
        "java.graphql.resolver", "A Spring for GraphQL resolver method.", .graphqlServer, "spring-graphql",
        [.java, .kotlin], ["@QueryMapping", "@MutationMapping", "@SchemaMapping", "@SubscriptionMapping"],
        #"@(?:Query|Mutation|Schema|Subscription)Mapping\b"#,
        ["↓@QueryMapping\npublic Order orderById(@Argument String id) { return null; }"], ["@GetMapping(\"/x\")\npublic void x() {}"])

    static let graphiti = rule(
        "swift.graphql.graphiti", "A GraphQL schema built with Graphiti.", .graphqlServer, "graphiti",
        [.swift], ["import Graphiti"],
        #"\bSchema<\w+,\s*\w+>\s*(?:\{|\()"#,
        ["import Graphiti\nlet schema = try ↓Schema<Resolver, Context> {\n}"], ["import Graphiti\nlet x: Schema<Resolver, Context>? = nil"])

    static let hotChocolate = rule(
        "csharp.graphql.server", "A GraphQL server in ASP.NET Core (Hot Chocolate).", .graphqlServer, "hotchocolate",
        [.csharp], ["AddGraphQLServer"],
        #"\bAddGraphQLServer\("#,
        ["builder.Services.↓AddGraphQLServer().AddQueryType<Query>();"], ["app.MapGraphQL();"])

    static let apolloClient = rule(
        "js.graphql.client", "A GraphQL client (Apollo Client, graphql-request).", .graphqlClient, "apollo",
        [.javascript, .typescript], ["ApolloClient", "GraphQLClient"],
        #"\bnew\s+(?:ApolloClient\(\s*\{[^}]*?uri:\s*(?<target>"# + RulePatterns.argument + #")|ApolloClient\(|GraphQLClient\(\s*(?<url>"# + RulePatterns.argument + "))",
        ["const client = ↓new ApolloClient({ uri: process.env.GRAPHQL_URL, cache })"], ["import { ApolloClient } from '@apollo/client'"])

    static let pythonClient = rule(
        "python.graphql.client", "A GraphQL client in Python (gql).", .graphqlClient, "gql",
        [.python], ["from gql"],
        #"\bClient\(\s*transport\s*="#,
        ["from gql import Client, gql\nclient = ↓Client(transport=transport, fetch_schema_from_transport=True)"],
        ["from gql import gql\nquery = gql(\"{ a }\")"])
}

/// Inbound HTTP routes of JavaScript and TypeScript server frameworks.
enum JavaScriptRouteRules {
    static let all = [express, koa, fastify, nest]

    private static let route = #"(?<method>get|post|put|patch|delete|all|head|options)\(\s*(?<path>['"`]/[^'"`\n]*['"`])"#

    /// Express: `app.get('/orders/:id', handler)`, `router.post('/x', ...)`.
    static let express = Rule(
        id: "js.http.express", summary: "An inbound HTTP route on an Express app or router.",
        kind: .inboundHTTP, technology: "express", protocol: "http", direction: .receive,
        languages: [.javascript, .typescript], keywords: ["express"],
        pattern: #"\b(?:app|router|api|server|routes|\w+Router)\."# + route,
        triggering: ["const express = require('express')\nconst app = express()\n↓app.get('/orders/:id', (req, res) => res.json({}))"],
        nonTriggering: ["const express = require('express')\nconst env = app.get('env')", "app.get('/x', h)"])

    /// Koa router: `router.get('/x', ctx => ...)`.
    static let koa = Rule(
        id: "js.http.koa", summary: "An inbound HTTP route on a koa-router.",
        kind: .inboundHTTP, technology: "koa", protocol: "http", direction: .receive,
        languages: [.javascript, .typescript], keywords: ["koa-router", "@koa/router"],
        pattern: #"\b(?:router|\w+Router)\."# + route,
        triggering: ["const Router = require('@koa/router')\n↓router.post('/orders', async ctx => {})"],
        nonTriggering: ["const Router = require('@koa/router')\nrouter.use(auth)"])

    /// Fastify: `fastify.get('/x', ...)`, `server.post('/x', ...)`.
    static let fastify = Rule(
        id: "js.http.fastify", summary: "An inbound HTTP route on a Fastify instance.",
        kind: .inboundHTTP, technology: "fastify", protocol: "http", direction: .receive,
        languages: [.javascript, .typescript], keywords: ["fastify"],
        pattern: #"\b(?:fastify|app|server|instance)\."# + route,
        triggering: ["import Fastify from 'fastify'\n↓fastify.get('/health', async () => ({ ok: true }))"],
        nonTriggering: ["import Fastify from 'fastify'\nfastify.register(plugin)"])

    /// NestJS controller methods: `@Get(':id')`; the `@Controller` prefix is not joined.
    static let nest = Rule(
        id: "js.http.nestjs", summary: "An inbound HTTP route on a NestJS controller method.",
        kind: .inboundHTTP, technology: "nestjs", protocol: "http", direction: .receive,
        languages: [.typescript, .javascript], keywords: ["@nestjs"],
        pattern: #"@(?<method>Get|Post|Put|Patch|Delete|Head|Options|All)\(\s*(?<path>['"`][^'"`\n]*['"`])?\s*\)"#,
        prefixPatterns: [#"@Controller\(\s*(?:\{\s*path:\s*)?(?<path>['"`][^'"`\n]*['"`])"#],
        note: "The `@Controller('prefix')` of the class in the same file is joined.",
        triggering: ["import { Controller, Get } from '@nestjs/common'\n@Controller('orders')\nclass A {\n  ↓@Get(':id')\n  find() {}\n}"],
        nonTriggering: ["import { Controller } from '@nestjs/common'\n@Controller('orders')\nclass A {}"])
}

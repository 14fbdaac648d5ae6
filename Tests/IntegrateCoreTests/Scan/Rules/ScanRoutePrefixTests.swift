import Foundation
import Testing
@testable import IntegrateCore

/// Route prefixes given in another file or by a route group are joined to the routes they cover.
@Suite("Scan route prefixes")
struct ScanRoutePrefixTests {
    func routes(_ files: [String: String]) throws -> Set<String> {
        let project = try TestProject(files: files)
        let points = try ProjectScanner().scan(root: project.root).landscape.points.filter { $0.kind == .inboundHTTP }
        return Set(points.map { "\($0.method ?? "*") \($0.path ?? "")" })
    }

    @Test("Express routers mounted with app.use get the mount path")
    func express() throws {
        let found = try routes([
            "web/package.json": "{\"dependencies\": {\"express\": \"4\"}}\n",
            "web/app.js": "const express = require('express')\nconst orders = require('./routes/orders')\nconst app = express()\napp.use('/api/orders', orders)\n",
            "web/routes/orders.js": "const express = require('express')\nconst router = express.Router()\nrouter.get('/:id', (req, res) => res.json({}))\nmodule.exports = router\n",
        ])
        #expect(found == ["GET /api/orders/:id"])
    }

    @Test("FastAPI routers included with a prefix get it")
    func fastAPI() throws {
        let found = try routes([
            "api/app/main.py": "from fastapi import FastAPI\nfrom .routers import orders\napp = FastAPI()\napp.include_router(orders.router, prefix=\"/api/v1\")\n",
            "api/app/routers/orders.py": "from fastapi import APIRouter\nrouter = APIRouter(prefix=\"/orders\")\n@router.get(\"/{order_id}\")\ndef get(order_id: str): ...\n",
        ])
        #expect(found == ["GET /api/v1/orders/{order_id}"])
    }

    @Test("Django URLconfs included under a path get it")
    func django() throws {
        let found = try routes([
            "site/site/urls.py": "from django.urls import include, path\nurlpatterns = [path(\"api/orders/\", include(\"orders.urls\"))]\n",
            "site/orders/urls.py": "from django.urls import path\nurlpatterns = [path(\"<int:pk>/\", views.detail)]\n",
        ])
        #expect(found.contains("* /api/orders/<int:pk>/"))
    }

    @Test("ASP.NET Core route groups prefix their routes")
    func mapGroup() throws {
        let found = try routes([
            "Orders/Orders.csproj": "<Project />\n",
            "Orders/Program.cs": "var app = builder.Build();\nvar orders = app.MapGroup(\"/api/v1/orders\");\norders.MapGet(\"/{id:int?}\", (int? id) => id);\napp.MapGet(\"/health\", () => 1);\n",
        ])
        #expect(found == ["GET /api/v1/orders/{id:int?}", "GET /health"])
    }

    @Test("Optional and constrained route parameters give valid OpenAPI templates")
    func optionalParameters() {
        #expect(DraftSpecBuilder.template("/api/v1/orders/{id:int?}") == "/api/v1/orders/{id}")
        #expect(DraftSpecBuilder.template("/orders/:id?") == "/orders/{id}")
        #expect(DraftSpecBuilder.template("/files/{*path}") == "/files/{path}")
        #expect(DraftSpecBuilder.template("/orders/:id(\\d+)") == "/orders/{id}")
    }
}

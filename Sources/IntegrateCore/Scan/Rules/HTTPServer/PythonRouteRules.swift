/// Inbound HTTP routes of Python web frameworks.
enum PythonRouteRules {
    static let all = [fastAPI, flask, flaskShortcut, django]

    /// FastAPI: `@app.get("/x")`, `@router.post("/x")`.
    static let fastAPI = Rule(
        id: "python.http.fastapi", summary: "An inbound HTTP route on a FastAPI app or APIRouter.",
        kind: .inboundHTTP, technology: "fastapi", protocol: "http", direction: .receive, languages: [.python],
        keywords: ["fastapi"],
        pattern: #"@(?<receiver>\w+)\.(?<method>get|post|put|patch|delete|head|options)\(\s*(?<path>['"][^'"\n]*['"])"#,
        prefixPatterns: [#"\b(?<name>\w+)\s*=\s*APIRouter\([^)\n]*?prefix\s*=\s*(?<path>['"][^'"\n]*['"])"#],
        note: "A prefix given to `APIRouter(prefix=...)` in the same file is joined; one given to `include_router` is not.",
        triggering: ["from fastapi import FastAPI\napp = FastAPI()\n↓@app.get(\"/orders/{order_id}\")\nasync def get_order(order_id: int): ..."],
        nonTriggering: ["from fastapi import FastAPI\nvalue = cache.get(\"/x\")"])

    /// Flask: `@app.route("/x", methods=["POST"])`; without `methods` the route is GET.
    static let flask = Rule(
        id: "python.http.flask", summary: "An inbound HTTP route declared with Flask's `route` decorator.",
        kind: .inboundHTTP, technology: "flask", protocol: "http", direction: .receive, languages: [.python],
        keywords: ["flask"],
        pattern: #"@\w+\.route\(\s*(?<path>['"][^'"\n]*['"])(?:[^)\n]*methods\s*=\s*[\[(]\s*['"](?<method>\w+))?"#,
        defaultMethod: "GET",
        note: "Only the first method of a `methods=[...]` list is recorded.",
        triggering: ["from flask import Flask\n↓@app.route(\"/orders\", methods=[\"POST\"])\ndef create(): ..."],
        nonTriggering: ["from flask import Flask\napp.add_url_rule(\"/x\", view_func=v)"])

    /// Flask 2 shortcuts: `@app.get("/x")` in files importing flask.
    static let flaskShortcut = Rule(
        id: "python.http.flask-shortcut", summary: "An inbound HTTP route declared with Flask 2's method decorators.",
        kind: .inboundHTTP, technology: "flask", protocol: "http", direction: .receive, languages: [.python],
        keywords: ["from flask"],
        pattern: #"@\w+\.(?<method>get|post|put|patch|delete)\(\s*(?<path>['"][^'"\n]*['"])"#,
        triggering: ["from flask import Blueprint\n↓@bp.post(\"/refunds\")\ndef refund(): ..."],
        nonTriggering: ["from flask import Blueprint\nx = request.args.get(\"q\")"])

    /// Django URLconf: `path("orders/<int:pk>/", views.detail)`.
    static let django = Rule(
        id: "python.http.django", summary: "An inbound HTTP route in a Django URLconf.",
        kind: .inboundHTTP, technology: "django", protocol: "http", direction: .receive, languages: [.python],
        keywords: ["django"],
        pattern: #"(?<![\w.])(?:re_)?path\(\s*r?(?<path>['"][^'"\n]*['"])\s*,"#,
        note: "`include()` prefixes are not joined; the method is not known from the URLconf.",
        triggering: ["from django.urls import path\nurlpatterns = [\n    ↓path(\"orders/<int:pk>/\", views.detail),\n]"],
        nonTriggering: ["from django.conf import settings\np = os.path.join(\"a\", \"b\")"])
}

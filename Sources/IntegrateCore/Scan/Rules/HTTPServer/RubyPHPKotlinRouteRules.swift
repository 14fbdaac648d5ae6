/// Inbound HTTP routes of Rails, Sinatra, Laravel and Ktor.
enum RubyPHPKotlinRouteRules {
    static let all = [rails, sinatra, laravel, ktor]

    /// Rails `config/routes.rb`: `get "orders/:id", to: "orders#show"`.
    static let rails = Rule(
        id: "ruby.http.rails", summary: "An inbound HTTP route in a Rails routes file.",
        kind: .inboundHTTP, technology: "rails", protocol: "http", direction: .receive, languages: [.ruby],
        keywords: ["routes.draw"],
        pattern: #"^[ \t]*(?<method>get|post|put|patch|delete)\s+(?<path>['"][^'"\n]*['"])"#,
        note: "`resources` and `namespace` blocks are not expanded.",
        triggering: ["Rails.application.routes.draw do\n↓  get \"orders/:id\", to: \"orders#show\"\nend",
                     "Rails.application.routes.draw do\n  resources :orders\n\n↓  post \"orders/:id/cancel\", to: \"orders#cancel\"\nend"],
        nonTriggering: ["Rails.application.routes.draw do\n  resources :orders\nend"])

    /// Sinatra: `get '/orders/:id' do`.
    static let sinatra = Rule(
        id: "ruby.http.sinatra", summary: "An inbound HTTP route in a Sinatra app.",
        kind: .inboundHTTP, technology: "sinatra", protocol: "http", direction: .receive, languages: [.ruby],
        keywords: ["sinatra"],
        pattern: #"^[ \t]*(?<method>get|post|put|patch|delete)\s+(?<path>['"]/[^'"\n]*['"])\s+do\b"#,
        triggering: ["require 'sinatra'\n↓get '/orders/:id' do\n  json order\nend", "require 'sinatra'\n\n\n↓  post '/orders' do\n  create\nend"],
        nonTriggering: ["require 'sinatra'\nset :port, 4567"])

    /// Laravel: `Route::get('/orders/{id}', ...)`.
    static let laravel = Rule(
        id: "php.http.laravel-route", summary: "An inbound HTTP route registered with Laravel's Route facade.",
        kind: .inboundHTTP, technology: "laravel", protocol: "http", direction: .receive, languages: [.php],
        keywords: ["Route::"],
        pattern: #"\bRoute::(?<method>get|post|put|patch|delete|any)\(\s*(?<path>['"][^'"\n]*['"])"#,
        note: "`Route::prefix()` groups are not joined.",
        triggering: ["↓Route::get('/orders/{id}', [OrderController::class, 'show']);"],
        nonTriggering: ["Route::middleware('auth')->group(function () {});"])

    /// Ktor: `get("/orders/{id}") { ... }` inside `routing { }`.
    static let ktor = Rule(
        id: "kotlin.http.ktor", summary: "An inbound HTTP route in a Ktor routing block.",
        kind: .inboundHTTP, technology: "ktor", protocol: "http", direction: .receive, languages: [.kotlin],
        keywords: ["io.ktor.server"],
        pattern: #"(?<![\w.])(?<method>get|post|put|patch|delete)\(\s*(?<path>"/[^"\n]*")\s*\)\s*\{"#,
        note: "`route(\"/prefix\") { }` nesting is not joined.",
        triggering: ["import io.ktor.server.routing.*\nrouting {\n    ↓get(\"/orders/{id}\") { call.respond(order) }\n}"],
        nonTriggering: ["import io.ktor.server.routing.*\nval client = HttpClient(CIO)\nclient.get(\"/x\") { }"])
}

import Foundation
import Testing
@testable import IntegrateCore

/// ASP.NET Core's `[controller]` and `[action]` route tokens are replaced as ASP.NET replaces them.
@Suite("Scan ASP.NET route tokens")
struct ScanAspNetRouteTokenTests {
    func routes(_ source: String) throws -> Set<String> {
        let project = try TestProject(files: ["Orders/Orders.csproj": "<Project />\n", "Orders/Controllers/OrdersController.cs": source])
        let points = try ProjectScanner().scan(root: project.root).landscape.points.filter { $0.kind == .inboundHTTP }
        return Set(points.map { "\($0.method ?? "*") \($0.path ?? "")" })
    }

    @Test("[controller] in the class's [Route] is the class name without Controller")
    func controllerToken() throws {
        let found = try routes("""
            [Route("api/v1/[controller]")]
            [ApiController]
            public class OrdersController : ControllerBase
            {
                [HttpGet("{id:int}")]
                [ProducesResponseType(typeof(OrderDto), 200)]
                public async Task<ActionResult<OrderDto>> GetOrderAsync(int id) => Ok();

                [HttpPost]
                public IActionResult Create(OrderDto order) => Ok();
            }
            """)
        #expect(found == ["GET /api/v1/Orders/{id:int}", "POST /api/v1/Orders"])
    }

    @Test("[action] is the action method's name without Async, in the class route or the verb attribute")
    func actionToken() throws {
        let found = try routes("""
            [Route("api/[controller]/[action]")]
            public class CatalogController : Controller
            {
                [HttpGet]
                public async Task<IActionResult> ItemsAsync() => Ok();

                [HttpPut("[action]/{id}")]
                public IActionResult Rename(int id) => Ok();
            }
            """)
        #expect(found == ["GET /api/Catalog/Items", "PUT /api/Catalog/Rename/Rename/{id}"])
    }

    @Test("A [Route] before or after a bare verb attribute gives the action's path")
    func methodRoute() throws {
        let found = try routes("""
            [Route("api/v1/[controller]")]
            public class CatalogController : ControllerBase
            {
                [HttpGet]
                [Route("items")]
                [ProducesResponseType(typeof(IEnumerable<CatalogItem>), (int)HttpStatusCode.OK)]
                public async Task<IActionResult> ItemsAsync([FromQuery] int pageSize = 10) => Ok();

                [HttpGet]
                [ProducesResponseType((int)HttpStatusCode.OK)]
                public IActionResult All() => Ok();

                [Route("later")]
                public IActionResult NotAnAction() => Ok();

                [Route("items")]
                [Consumes("application/json")]
                [HttpPut]
                public IActionResult Update() => Ok();
            }
            """)
        #expect(found == ["GET /api/v1/Catalog/items", "GET /api/v1/Catalog", "PUT /api/v1/Catalog/items"])
    }

    @Test("Tokens whose value is unknown, and bracket escapes, stay as written")
    func unknownTokens() {
        let values = AspNetRouteTokens.Values(controllerClass: "OrdersController", actionMethod: nil)
        #expect(AspNetRouteTokens.replacing(in: "/[area]/[Controller]/[action]", with: values) == "/[area]/Orders/[action]")
        #expect(AspNetRouteTokens.replacing(in: "/x/[[controller]]", with: values) == "/x/[[controller]]")
        #expect(AspNetRouteTokens.replacing(in: "/orders", with: values) == "/orders")
        #expect(AspNetRouteTokens.replacing(in: "/[controller]", with: .init(controllerClass: "Controller", actionMethod: nil)) == "/Controller")
    }

    @Test("A route in a class without [Route] keeps its path, with no token filled from elsewhere")
    func noClassRoute() throws {
        let found = try routes("""
            public class HomeController : Controller
            {
                [HttpGet("/home/[controller]")]
                public IActionResult Index() => View();
            }
            """)
        #expect(found == ["GET /home/[controller]"])
    }
}

import Foundation
import Testing
@testable import IntegrateCore

/// Consumer decode types in Python, Go, Java, Kotlin and C# held against the `Order` schema of
/// `PayloadCheckTests.spec` (`id` string and `total_cents` integer required, `status` enum
/// new/paid/refunded, `note` optional). The call site is line 3 of each consumer file.
@Suite struct PayloadLanguageTests {
    func findings(_ path: String, _ text: String) throws -> (types: [String], byField: [String: [PayloadChecker.Mismatch.Kind]]) {
        let component = String(path.split(separator: "/")[0])
        let (result, _) = try PayloadCheckTests().analysis([path: text], consumer: component, site: path)
        return (result.payloads.map(\.consumerType.name), Dictionary(grouping: result.mismatches, by: \.field).mapValues { $0.map(\.kind) })
    }

    @Test("Pydantic: Field(alias=) renames, Literal enum gaps, a field never sent; Optional with default is optional")
    func pydantic() throws {
        let (types, byField) = try findings("web/client.py", """
        import httpx
        def load(order_id):
            return OrderView.model_validate(httpx.get(f"{ORDERS}/orders/{order_id}").json())

        class OrderView(BaseModel):
            id: str
            total: int = Field(alias="total_cents")
            currency: str
            status: Optional[Literal["new", "paid"]] = None
            note: Optional[str] = None
            region: str = "eu"
        """)
        #expect(types == ["OrderView"])
        #expect(byField["total_cents"] == nil && byField["total"] == nil, "the alias is the wire name")
        #expect(byField["currency"] == [.neverSent])
        #expect(byField["status"] == [.enumValueMissing])
        #expect(byField["region"] == nil && byField["note"] == nil)
        #expect(byField.count == 2)
    }

    @Test("dataclass matched by name, TypedDict total=False is all optional")
    func dataclassAndTypedDict() throws {
        let (types, byField) = try findings("web/client.py", """
        import requests
        def load(order_id):
            return requests.get(f"{ORDERS}/orders/{order_id}").json()

        @dataclass
        class Order:
            id: int
            total_cents: int
            def describe(self) -> str:
                label: str = "x"
                return label
        """)
        #expect(types == ["Order"])
        #expect(byField == ["id": [.typeMismatch]], "a local in a method is not a field")

        let partial = try findings("web/client.py", "\n\nr = requests.get(url).json()\nclass Order(TypedDict, total=False):\n    currency: str\n    id: str\n")
        #expect(partial.types == ["Order"] && partial.byField.isEmpty)
    }

    @Test("Go: json tags rename, `-` is skipped, omitempty/pointer are optional, a plain tag on an optional field may be absent")
    func goStruct() throws {
        let (types, byField) = try findings("web/client.go", """
        package web
        func Load(id string) (OrderView, error) {
            var o OrderView
            err := json.NewDecoder(resp.Body).Decode(&o)
            return o, err
        }
        type OrderView struct {
            ID       string  `json:"id"`
            Total    int64   `json:"total_cents"`
            Currency string  `json:"currency"`
            Cache    string  `json:"-"`
            Status   int     `json:"status,omitempty"`
            Note     string  `json:"note"`
            Region   *string `json:"region"`
            internal string
        }
        """)
        #expect(types == ["OrderView"])
        #expect(byField["currency"] == [.neverSent])
        #expect(byField["status"] == [.typeMismatch])
        #expect(byField["note"] == [.mayBeAbsent])
        #expect(byField["Total"] == nil && byField["total_cents"] == nil && byField["Cache"] == nil && byField["region"] == nil && byField["internal"] == nil)
        #expect(byField.count == 3)
    }

    @Test("Java record with @JsonProperty and Optional; Java class with @JsonIgnore and a renamed field of the wrong type")
    func java() throws {
        let (types, byField) = try findings("web/OrderClient.java", """
        class OrderClient {
          OrderView load(String id) {
            return rest.getForObject(base + "/orders/" + id, OrderView.class);
          }
        }
        public record OrderView(String id,
                                @JsonProperty("total_cents") long totalCents,
                                String currency, Optional<String> region) {}
        """)
        #expect(types == ["OrderView"])
        #expect(byField == ["currency": [.neverSent]])

        let plain = try findings("web/Client.java", """
        class Client {
          Order load() {
            return rest.getForObject(url, Order.class);
          }
        }
        public class Order {
            @JsonProperty("total_cents")
            private String total;
            @JsonIgnore
            private String cache;
            private static final String KIND = "order";
            private String id;
            public String getId() { return id; }
        }
        """)
        #expect(plain.types == ["Order"])
        #expect(plain.byField == ["total_cents": [.typeMismatch]])
    }

    @Test("Kotlin data class: @SerialName renames, nullable and defaulted parameters are optional")
    func kotlin() throws {
        let (types, byField) = try findings("web/OrderClient.kt", """
        class OrderClient(private val client: HttpClient) {
            suspend fun load(id: String): OrderView =
                client.get("$base/orders/$id").body<OrderView>()
        }
        @Serializable
        data class OrderView(
            val id: String,
            @SerialName("total_cents") val totalCents: Long,
            val currency: String,
            val note: String? = null,
            val region: String = "eu",
        )
        """)
        #expect(types == ["OrderView"])
        #expect(byField == ["currency": [.neverSent]])
    }

    @Test("C#: [JsonPropertyName] and Newtonsoft [JsonProperty] rename, [JsonIgnore] skips, nullable is optional unless required")
    func csharp() throws {
        let (types, byField) = try findings("web/OrderClient.cs", """
        public class OrderClient {
            public Task<OrderView?> Load(string id) =>
                http.GetFromJsonAsync<OrderView>($"{Base}/orders/{id}");
        }
        public class OrderView
        {
            [JsonPropertyName("total_cents")]
            public int Total { get; set; }
            public string Id { get; set; }
            [JsonIgnore]
            public string Cache { get; set; }
            public string? Currency { get; set; }
            public required string? Region { get; init; }
        }
        """)
        #expect(types == ["OrderView"])
        #expect(byField == ["Region": [.neverSent]])

        let record = try findings("web/Client.cs", """
        public class Client {
            public Task<Order?> Load() =>
                http.GetFromJsonAsync<Order>(url);
        }
        public record Order(int Id, [property: JsonProperty("total_cents")] decimal Total, string Currency);
        """)
        #expect(record.types == ["Order"])
        #expect(record.byField == ["Id": [.typeMismatch], "Currency": [.neverSent]])
    }
}

@Suite struct PayloadOmissionTests {
    @Test("a proto3 field the provider may omit decodes as its default, so it is no finding; an OpenAPI optional one is")
    func protoOmissionIsNoFinding() {
        let at = Evidence(path: "c/catalog.proto", line: 3)
        let provided = DataShape(name: "ItemResponse", fields: [DataField(name: "id", type: "int32", kind: .integer, required: false, location: at),
                                                                DataField(name: "name", type: "string", kind: .string, required: false, location: at)], location: at)
        let consumer = DataShape(name: "Item", fields: [DataField(name: "Id", type: "int", kind: .integer, required: true, location: at),
                                                        DataField(name: "Name", type: "int", kind: .integer, required: true, location: at)], location: at)
        func mismatches(_ format: ContractSchemas.Format) -> [PayloadChecker.Mismatch.Kind] {
            let catalog = SchemaCatalog(contracts: [ContractSchemas(path: "c/catalog.proto", format: format, shapes: [provided])])
            let use = IntegrationUse(consumer: "web", provider: "catalog", protocolName: "grpc", contract: 0,
                                     operation: ContractSchemas.Operation(label: "Catalog.GetItem", response: "ItemResponse", location: at))
            let checker = PayloadChecker(catalog: catalog, landscape: Landscape(), files: [], sources: SourceCache(root: URL(fileURLWithPath: "/nonexistent")))
            return checker.compare(provided, consumer, use: use).map(\.kind)
        }
        #expect(mismatches(.proto) == [.typeMismatch], "the type mismatch on `name` stays")
        #expect(mismatches(.openapi) == [.mayBeAbsent, .typeMismatch])
    }
}

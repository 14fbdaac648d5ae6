import Foundation
import Testing
@testable import IntegrateCore

/// Resolution across the files of one component: a client class built elsewhere with an env
/// address, and a container parameter set from the environment in another file.
@Suite("Landscape: resolution across a component's files")
struct LandscapeComponentBindingTests {
    static let compose = """
        services:
          shop:
            build: ./shop
          cart:
            build: ./cart
          reviews:
            build: ./reviews
          catalog:
            build: ./catalog
        """

    static func landscape(_ files: [String: String]) throws -> Landscape {
        let project = try TestProject(files: files)
        return try ProjectScanner().scan(root: project.root).landscape
    }

    static let others = ["cart/package.json": "{}\n", "catalog/package.json": "{}\n"]

    @Test func aClientClassReachesTheAddressItIsConstructedWith() throws {
        let landscape = try Self.landscape(Self.others.merging([
            "docker-compose.yml": Self.compose,
            "shop/pom.xml": "<project><artifactId>shop</artifactId></project>\n",
            "reviews/composer.json": "{}\n",
            "shop/src/main/java/shop/Controller.java": """
                public class Controller {
                    private String CART_URL = String.format("http://%s/cart/", getenv("CART_ENDPOINT", "cart"));
                    public void checkout(String id) { CartClient client = new CartClient(CART_URL); client.add(id); }
                }
                """,
            "shop/src/main/java/shop/CartClient.java": """
                public class CartClient {
                    private String baseUrl;
                    public CartClient(String baseUrl) { this.baseUrl = baseUrl; }
                    public void add(String id) { HttpPost post = new HttpPost(baseUrl + id); }
                }
                """,
        ]) { $1 })
        let edge = try #require(landscape.edges.first { $0.from == "shop" && $0.to == "cart" })
        #expect(edge.strength == .call && edge.evidence.first?.path == "shop/src/main/java/shop/CartClient.java")
    }

    @Test func aParameterSetFromTheEnvironmentElsewhereResolves() throws {
        let landscape = try Self.landscape(Self.others.merging([
            "docker-compose.yml": Self.compose,
            "shop/pom.xml": "<project><artifactId>shop</artifactId></project>\n",
            "reviews/composer.json": "{}\n",
            "reviews/src/Kernel.php": "<?php\n$c->setParameter('catalogUrl', getenv('CATALOG_URL') ?: 'http://catalog:8080');\n",
            "reviews/src/CatalogService.php": """
                <?php
                class CatalogService {
                    public function product($sku) {
                        $url = sprintf('%s/product/%s', $this->catalogUrl, $sku);
                        $curl = curl_init($url);
                    }
                }
                """,
        ]) { $1 })
        #expect(landscape.edges.contains { $0.from == "reviews" && $0.to == "catalog" && $0.strength == .call })
    }

    @Test func nothingIsBorrowedFromAnotherComponent() throws {
        let landscape = try Self.landscape(Self.others.merging([
            "docker-compose.yml": Self.compose,
            "shop/pom.xml": "<project><artifactId>shop</artifactId></project>\n",
            "reviews/composer.json": "{}\n",
            "reviews/src/Kernel.php": "<?php\n$c->setParameter('catalogUrl', getenv('CATALOG_URL') ?: 'http://catalog:8080');\n",
            "shop/src/main/java/shop/Catalog.java": "class Catalog { void get() { HttpGet g = new HttpGet(catalogUrl); } }\n",
        ]) { $1 })
        #expect(!landscape.edges.contains { $0.from == "shop" && $0.to == "catalog" })
    }
}

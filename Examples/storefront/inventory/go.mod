module github.com/example/storefront/inventory

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/prometheus/client_golang v1.19.1
	google.golang.org/grpc v1.64.0
)

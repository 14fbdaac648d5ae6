package main

import (
	"context"
	"log"
	"net"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
	"google.golang.org/grpc"

	"github.com/example/storefront/inventory/pb"
)

type server struct {
	pb.UnimplementedInventoryServer
	db *pgxpool.Pool
}

func main() {
	ctx := context.Background()
	db, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}

	r := gin.Default()
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	r.GET("/stock/:sku", func(c *gin.Context) {
		var available int
		err := db.QueryRow(c, "SELECT available FROM stock WHERE sku = $1", c.Param("sku")).Scan(&available)
		if err != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "unknown sku"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"sku": c.Param("sku"), "available": available})
	})
	go r.Run(":8081")

	listener, err := net.Listen("tcp", ":50051")
	if err != nil {
		log.Fatal(err)
	}
	grpcServer := grpc.NewServer()
	pb.RegisterInventoryServer(grpcServer, &server{db: db})
	log.Fatal(grpcServer.Serve(listener))
}

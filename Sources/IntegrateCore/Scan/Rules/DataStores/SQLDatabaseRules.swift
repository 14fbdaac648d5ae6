/// SQL database drivers and ORMs; the technology comes from the driver or the DSN's scheme.
enum SQLDatabaseRules {
    static let all = [
        psycopg, asyncpg, sqlalchemy, pythonMySQL, sqlite, nodePostgres, nodeMySQL, prisma, sequelize,
        goSQL, pgx, gorm, jdbc, springData, efCore, adoNet, vaporFluent, postgresNIO,
    ]

    private static let argument = StoreRule.argument
    private static let other = DataSystem.otherSQL

    static let psycopg = StoreRule.make(
        "python.db.psycopg", "A PostgreSQL connection with psycopg.", technology: "postgresql", [.python], ["psycopg"],
        #"\bpsycopg2?\.(?:connect|pool\.\w+Pool)\(\s*(?<target>"# + argument + ")?",
        ["conn = ↓psycopg2.connect(os.environ[\"DATABASE_URL\"])"], ["import psycopg2.extras"])

    static let asyncpg = StoreRule.make(
        "python.db.asyncpg", "A PostgreSQL connection or pool with asyncpg.", technology: "postgresql", [.python], ["asyncpg"],
        #"\basyncpg\.(?:connect|create_pool)\(\s*(?<target>"# + argument + ")?",
        ["pool = await ↓asyncpg.create_pool(dsn=DATABASE_URL)"], ["import asyncpg"])

    static let sqlalchemy = StoreRule.make(
        "python.db.sqlalchemy", "A SQLAlchemy engine; the database comes from the URL's scheme.", technology: other, [.python],
        ["create_engine", "create_async_engine"],
        #"\bcreate_(?:async_)?engine\(\s*(?<target>"# + argument + ")",
        note: "When the URL comes from a variable the database is `other_sql`.",
        ["engine = ↓create_engine(\"postgresql+psycopg2://app@db/orders\")"], ["from sqlalchemy import create_engine"])

    static let pythonMySQL = StoreRule.make(
        "python.db.mysql", "A MySQL connection (PyMySQL, mysql-connector, aiomysql).", technology: "mysql", [.python],
        ["pymysql", "mysql.connector", "aiomysql"],
        #"\b(?:pymysql|mysql\.connector|aiomysql)\.(?:connect|create_pool)\(\s*(?<target>"# + argument + ")?",
        ["db = ↓pymysql.connect(host=DB_HOST, user=\"app\")"], ["import pymysql.cursors"])

    static let sqlite = StoreRule.make(
        "python.db.sqlite", "A SQLite database file opened from Python.", technology: "sqlite", [.python], ["sqlite3"],
        #"\bsqlite3\.connect\(\s*(?<target>"# + argument + ")",
        ["con = ↓sqlite3.connect(\"orders.db\")"], ["import sqlite3"])

    static let nodePostgres = StoreRule.make(
        "js.db.pg", "A PostgreSQL pool or client with node-postgres.", technology: "postgresql", [.javascript, .typescript],
        ["'pg'", "\"pg\""],
        #"\bnew\s+(?:pg\.)?(?:Pool|Client)\(\s*(?<target>"# + argument + ")?",
        ["const { Pool } = require('pg')\nconst pool = ↓new Pool({ connectionString: process.env.DATABASE_URL })"],
        ["const { Pool } = require('pg')\nawait pool.query('select 1')"])

    static let nodeMySQL = StoreRule.make(
        "js.db.mysql", "A MySQL connection or pool from Node.", technology: "mysql", [.javascript, .typescript], ["mysql"],
        #"\bmysql2?(?:/promise)?\.create(?:Connection|Pool)\(\s*(?<target>"# + argument + ")?",
        ["const mysql = require('mysql2')\nconst pool = ↓mysql.createPool({ host: process.env.DB_HOST })"],
        ["const mysql = require('mysql2')\nconst rows = await conn.query(sql)"])

    static let prisma = StoreRule.make(
        "js.db.prisma", "A Prisma client (the database is set in `schema.prisma`).", technology: other, [.javascript, .typescript],
        ["PrismaClient"], #"\bnew\s+PrismaClient\("#,
        ["const prisma = ↓new PrismaClient()"], ["import { PrismaClient } from '@prisma/client'"])

    static let sequelize = StoreRule.make(
        "js.db.sequelize", "A Sequelize connection; the database comes from the URL or dialect.", technology: other,
        [.javascript, .typescript], ["Sequelize"],
        #"\bnew\s+Sequelize\(\s*(?<target>"# + argument + ")",
        ["const db = ↓new Sequelize('postgres://app@db:5432/orders')"], ["const { Sequelize } = require('sequelize')"])

    static let goSQL = StoreRule.make(
        "go.db.sql", "A database/sql handle; the database comes from the driver name.", technology: other, [.go], ["sql.Open"],
        #"\bsql\.Open\(\s*"(?<system>\w+)"\s*,\s*(?<target>"# + argument + ")",
        ["db, err := ↓sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))"], ["rows, err := db.Query(q)"])

    static let pgx = StoreRule.make(
        "go.db.pgx", "A PostgreSQL connection or pool with pgx.", technology: "postgresql", [.go], ["pgx"],
        #"\b(?:pgxpool\.New(?:WithConfig)?|pgx\.Connect)\(\s*\w+\s*,\s*(?<target>"# + argument + ")",
        ["pool, err := ↓pgxpool.New(ctx, os.Getenv(\"DATABASE_URL\"))"], ["import \"github.com/jackc/pgx/v5/pgxpool\""])

    static let gorm = StoreRule.make(
        "go.db.gorm", "A GORM connection; the database comes from the dialector.", technology: other, [.go], ["gorm.Open"],
        #"\bgorm\.Open\(\s*(?<system>\w+)\.Open\(\s*(?<target>"# + argument + ")",
        ["db, err := ↓gorm.Open(postgres.Open(dsn), &gorm.Config{})"], ["db.AutoMigrate(&Order{})"])

    static let jdbc = StoreRule.make(
        "java.db.jdbc", "A JDBC connection; the database comes from the `jdbc:` URL.", technology: other, [.java, .kotlin],
        ["DriverManager"],
        #"\bDriverManager\.getConnection\(\s*(?<target>"# + argument + ")",
        ["Connection c = ↓DriverManager.getConnection(\"jdbc:postgresql://db:5432/orders\", user, pass);"], ["import java.sql.DriverManager;"])

    static let springData = StoreRule.make(
        "java.db.spring-data", "A Spring Data repository (the store is set in configuration).", technology: other, [.java, .kotlin],
        ["Repository<"],
        #"\binterface\s+(?<target>\w+)\s+(?:extends|:)\s+(?:Jpa|Crud|PagingAndSorting|ListCrud|R2dbc)Repository<"#,
        confidence: .medium,
        ["public ↓interface OrderRepository extends JpaRepository<Order, Long> {}"], ["public interface OrderService {}"])

    static let efCore = StoreRule.make(
        "csharp.db.efcore", "An Entity Framework Core context; the database comes from the provider.", technology: other, [.csharp],
        ["UseNpgsql", "UseSqlServer", "UseMySql", "UseSqlite", "UseCosmos"],
        #"\.Use(?<system>Npgsql|SqlServer|MySql|Sqlite|Cosmos)\(\s*(?<target>"# + argument + ")?",
        ["builder.Services.AddDbContext<OrdersDb>(o => o↓.UseNpgsql(builder.Configuration.GetConnectionString(\"orders\")));"],
        ["builder.Services.AddDbContext<OrdersDb>();"])

    static let adoNet = StoreRule.make(
        "csharp.db.ado", "An ADO.NET connection; the database comes from the class name.", technology: other, [.csharp],
        ["NpgsqlConnection", "SqlConnection", "MySqlConnection", "SqliteConnection"],
        #"\bnew\s+(?<system>Npgsql|Sql|MySql|Sqlite)Connection\(\s*(?<target>"# + argument + ")?",
        ["using var conn = ↓new NpgsqlConnection(connectionString);"], ["NpgsqlConnection conn = null;"])

    static let vaporFluent = StoreRule.make(
        "swift.db.fluent", "A Fluent database configured in Vapor.", technology: other, [.swift], ["databases.use"],
        #"\.databases\.use\(\s*(?:try\s+)?\.(?<system>postgres|mysql|sqlite|mongo)\b(?:\w*\()?\s*(?:url:\s*(?<target>"# + argument + "))?",
        ["app↓.databases.use(.postgres(configuration: config), as: .psql)"], ["app.migrations.add(CreateOrder())"])

    static let postgresNIO = StoreRule.make(
        "swift.db.postgres-nio", "A PostgresNIO client.", technology: "postgresql", [.swift], ["PostgresClient"],
        #"\bPostgresClient\(\s*configuration:"#,
        ["let client = ↓PostgresClient(configuration: config)"], ["import PostgresNIO"])
}

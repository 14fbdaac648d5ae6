import os

import httpx
from fastapi import FastAPI, HTTPException

from .db import SessionLocal
from .events import publish_order_created
from .payments import charge, fraud_score

app = FastAPI(title="orders")
INVENTORY_URL = os.environ["INVENTORY_URL"]


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/orders")
def list_orders():
    with SessionLocal() as session:
        return [dict(row) for row in session.execute("SELECT id, total FROM orders")]


@app.get("/orders/{order_id}")
def get_order(order_id: str):
    with SessionLocal() as session:
        row = session.execute("SELECT id, total FROM orders WHERE id = :id", {"id": order_id}).first()
        if row is None:
            raise HTTPException(status_code=404)
        return dict(row)


@app.post("/orders", status_code=201)
def create_order(order: dict):
    for item in order["items"]:
        stock = httpx.get(f"{INVENTORY_URL}/stock/{item['sku']}", timeout=2.0)
        if stock.json()["available"] < item["quantity"]:
            raise HTTPException(status_code=409, detail="out of stock")
    if fraud_score(order) > 0.9:
        raise HTTPException(status_code=402)
    charge(order)
    publish_order_created(order)
    return order

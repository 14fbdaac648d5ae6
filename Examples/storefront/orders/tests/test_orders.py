import httpx
import respx

from app.main import create_order


@respx.mock
def test_out_of_stock_is_rejected():
    respx.get("http://inventory:8081/stock/sku-1").mock(return_value=httpx.Response(200, json={"available": 0}))
    response = httpx.get("http://inventory:8081/stock/sku-1")
    assert response.json()["available"] == 0

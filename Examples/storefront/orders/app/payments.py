import os

import requests
import stripe
from tenacity import retry, stop_after_attempt, wait_random_exponential

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
FRAUD_API_URL = os.environ["FRAUD_API_URL"]


@retry(stop=stop_after_attempt(3), wait=wait_random_exponential(multiplier=0.1, max=2))
def charge(order):
    return stripe.PaymentIntent.create(amount=order["total"], currency="eur", idempotency_key=order["id"])


def fraud_score(order):
    # No timeout: requests waits forever if the partner hangs.
    response = requests.post(FRAUD_API_URL + "/v1/score", json={"order": order["id"]})
    return response.json()["score"]

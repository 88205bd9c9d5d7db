class Order:
    def __init__(self, sku: str, quantity: int) -> None:
        self.sku = sku
        self.quantity = quantity

    def validate(self) -> None:
        if self.quantity <= 0:
            raise ValueError("quantity must be positive")

    def evaluate(self, prices: dict) -> float:
        return prices[self.sku] * self.quantity

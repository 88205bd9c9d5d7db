import torch
from ray import serve
from starlette.requests import Request

from model import TwoTower


@serve.deployment(num_replicas=2)
class Ranker:
    def __init__(self) -> None:
        self.model = TwoTower(10_000, 50_000, 64)
        self.model.load_state_dict(torch.load("s3://ranker-models/latest"))

    async def __call__(self, request: Request) -> dict:
        body = await request.json()
        scores = self.model(torch.tensor(body["user"]), torch.tensor(body["items"]))
        return {"scores": scores.tolist()}


app = Ranker.bind()

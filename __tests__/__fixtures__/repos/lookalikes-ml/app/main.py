from fastapi import FastAPI

from app.settings import Settings

app = FastAPI()
settings = Settings()


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


@app.get("/admin/stats")
def stats() -> dict:
    return {"index": settings.search_index, "shards": settings.shards}

"""Rebuilds the search index of the admin pages every night."""
import httpx
from prefect import flow, task


@task(retries=2)
def reindex(index: str) -> None:
    httpx.post(f"http://search:9200/{index}/_refresh").raise_for_status()


@flow(log_prints=True)
def refresh_index(index: str = "listings") -> None:
    reindex(index)


if __name__ == "__main__":
    refresh_index.serve(name="nightly-refresh", cron="0 3 * * *")

from collections.abc import Iterator
from datetime import datetime

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, model_validator
from pydantic_settings import BaseSettings
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Base, Booking, Room


class Settings(BaseSettings):
    database_url: str = "sqlite:///./bookings.db"


engine = create_engine(Settings().database_url)
SessionLocal = sessionmaker(engine)
app = FastAPI(title="bookings-api")


def get_db() -> Iterator[Session]:
    with SessionLocal() as db:
        yield db


class BookingIn(BaseModel):
    room_id: int
    owner: str
    starts_at: datetime
    ends_at: datetime

    @model_validator(mode="after")
    def ends_after_start(self) -> "BookingIn":
        if self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        return self


@app.on_event("startup")
def create_tables() -> None:
    Base.metadata.create_all(engine)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/bookings", status_code=201)
def create_booking(body: BookingIn, db: Session = Depends(get_db)) -> dict[str, int]:
    if db.get(Room, body.room_id) is None:
        raise HTTPException(404, "room not found")
    clash = db.scalar(
        select(Booking).where(Booking.room_id == body.room_id, Booking.starts_at < body.ends_at, Booking.ends_at > body.starts_at)
    )
    if clash is not None:
        raise HTTPException(409, f"room already booked by {clash.owner}")
    booking = Booking(**body.model_dump())
    db.add(booking)
    db.commit()
    return {"id": booking.id}

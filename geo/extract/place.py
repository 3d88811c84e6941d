"""A place of the gazetteer. It is a module of its own so that the compiled build compiles it with the
modules that read it: they then read a place's fields directly, not by name (``resolve`` reads them for
every candidate of every name)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    lat: float
    lon: float
    country_code: str | None
    kind: str
    population: int = 0
    admin1: str | None = None  # first-level division code ("IL" for Illinois) of a town, or of a division

    def __reduce__(self) -> tuple[type[Place], Row]:
        # (pickled field by field: the compiled class has no __slots__, and a frozen one refuses the
        # attribute-setting way pickle restores it)
        return (Place, as_row(self))


# A place as a plain row, its fields in order (the gazetteer keeps its places so), and back: Place(*row)
Row = tuple[str, str, float, float, str | None, str, int, str | None]


def as_row(p: Place) -> Row:
    return (p.id, p.name, p.lat, p.lon, p.country_code, p.kind, p.population, p.admin1)

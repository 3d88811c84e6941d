import pytest

from tests.unit.tiny_gazetteer import tiny_gazetteer


@pytest.fixture(scope="session")
def gaz():
    """A tiny gazetteer handed to the extractor, as the app hands in the full one."""
    return tiny_gazetteer()


@pytest.fixture(scope="session")
def extractor(gaz):
    """The extraction bound to the tiny gazetteer, as the store takes it."""
    from geo.extract.pipeline import Extractor

    return Extractor(gaz)

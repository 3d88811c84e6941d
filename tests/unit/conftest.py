import pytest

from tests.unit.tiny_gazetteer import tiny_gazetteer


@pytest.fixture(scope="session")
def gaz():
    """A tiny gazetteer handed to the extractor, as the app hands in the full one."""
    return tiny_gazetteer()

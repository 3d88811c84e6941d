"""Text to events: sentences -> mentions -> places -> dates -> events -> types -> GeoJSON features.

- ``gazetteer`` (places and their names, loaded once and passed in), ``lexicon`` (word lists);
- ``sentences``, ``mentions`` (place mentions and what they are not), ``resolve`` (which place);
- ``dates`` (date expressions as intervals), ``events`` (one event per mapped mention per sentence),
  ``coref`` ("the city"), ``eventtypes`` (ACLED types), ``features`` (GeoJSON);
- ``pipeline`` runs it all (:class:`Extractor`: the extraction bound to a gazetteer, with the
  fingerprint of this package and the gazetteer's tables that the store compares);
- ``native``: the compiled build of the hot modules (mypyc, ``make native``), searched first when it
  matches these sources; ``GEO_PURE=1`` runs plain Python.
"""

from geo.extract.native import native_path

# A compiled build of the hot modules, when one matches these sources, is found before them.
if (_native := native_path()) is not None:
    __path__.insert(0, _native)
NATIVE = _native is not None  # the extractor runs compiled

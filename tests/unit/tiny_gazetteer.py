"""A small gazetteer for unit tests: a few real places with their real coordinates (GeoNames)."""

from geo.extract.gazetteer import Gazetteer, Place

PLACES = [
    (Place("country:SY", "Syria", 35.0, 38.0, "SY", "country", 22_000_000), []),
    (Place("country:IQ", "Iraq", 33.0, 44.0, "IQ", "country", 38_000_000), []),
    (
        Place("country:US", "United States", 39.76, -98.5, "US", "country", 327_000_000),
        ["US", "U.S.", "America"],
    ),
    (Place("country:LB", "Lebanon", 33.83, 35.83, "LB", "country", 6_000_000), []),
    (Place("country:RU", "Russia", 60.0, 100.0, "RU", "country", 144_000_000), []),
    (Place("country:PH", "Philippines", 13.0, 122.0, "PH", "country", 100_000_000), []),
    (
        Place("geonames:172955", "Raqqa", 35.95283, 39.00788, "SY", "city", 531952),
        ["Raqa", "Ar Raqqah"],
    ),
    (
        Place("geonames:170794", "Deir ez-Zor", 35.33588, 40.14084, "SY", "city", 271800),
        ["Deir Ezzor"],
    ),
    (
        Place("geonames:174448", "Albu Kamal", 34.45226, 40.91854, "SY", "city", 57572),
        ["Abu Kamal", "Al-Bukamal"],
    ),
    (
        Place("curated:baghuz", "Baghuz Fawqani", 34.4611, 40.9456, "SY", "city", 10000),
        ["Baghuz", "Baghouz"],
    ),
    (Place("geonames:90150", "Tikrit", 34.61581, 43.67861, "IQ", "city", 42477), []),
    (Place("geonames:99072", "Mosul", 36.335, 43.11889, "IQ", "city", 1683000), []),
    (Place("geonames:95788", "Hit", 33.63664, 42.82768, "IQ", "city", 31901), []),
    (Place("geonames:276781", "Beirut", 33.89332, 35.50157, "LB", "city", 1916100), []),
    (Place("geonames:170654", "Damascus", 33.5102, 36.29128, "SY", "city", 1569394), []),
    (Place("geonames:98182", "Baghdad", 33.34058, 44.40088, "IQ", "city", 7216000), []),
    (Place("geonames:3070961", "Most", 50.5030, 13.6362, "CZ", "city", 67089), []),
    (Place("geonames:1854188", "Obama", 35.4956, 135.7466, "JP", "city", 29435), []),
    (Place("geonames:5664785", "Dillon", 45.2155, -112.6375, "US", "city", 4134), []),
    (
        Place(
            "curated:washington-dc",
            "Washington, D.C.",
            38.8951,
            -77.0364,
            "US",
            "city",
            700000,
        ),
        ["Washington DC", "Washington"],
    ),
    (Place("admin1:US.VA", "Virginia", 37.4316, -78.6569, "US", "admin1", 0), []),
    (
        Place("curated:fort-belvoir", "Fort Belvoir", 38.7119, -77.1459, "US", "site", 0),
        [],
    ),
    (
        Place("admin1:IQ.AN", "Anbar Governorate", 32.79, 41.61, "IQ", "admin1", 0),
        ["Anbar"],
    ),
    # homonyms across states and countries, for the address and state rules
    (Place("admin1:US.IL", "Illinois", 40.0, -89.0, "US", "admin1", 0, "IL"), []),
    (Place("admin1:US.MO", "Missouri", 38.5, -92.5, "US", "admin1", 0, "MO"), []),
    (Place("admin1:US.CA", "California", 36.7, -118.8, "US", "admin1", 0, "CA"), []),
    (Place("admin1:US.FL", "Florida", 28.6, -82.4, "US", "admin1", 0, "FL"), []),
    (Place("geonames:4250542", "Springfield", 39.80, -89.64, "US", "city", 116565, "IL"), []),
    (Place("geonames:4409896", "Springfield", 37.22, -93.30, "US", "city", 166810, "MO"), []),
    (Place("geonames:4379545", "California", 38.63, -92.57, "US", "city", 4396, "MO"), []),
    (Place("geonames:4299276", "Louisville", 38.25, -85.76, "US", "city", 597337, "KY"), []),
    (Place("geonames:5379439", "Orange", 33.79, -117.85, "US", "city", 139969, "CA"), []),
    (Place("geonames:4738214", "Tyler", 32.35, -95.30, "US", "city", 100223, "TX"), []),
    (Place("country:MX", "Mexico", 23.0, -102.0, "MX", "country", 126_000_000), []),
    (Place("geonames:3530597", "Mexico City", 19.43, -99.13, "MX", "city", 12_294_193, "09"), ["Mexico"]),
    (
        Place("geonames:498817", "Saint Petersburg", 59.94, 30.31, "RU", "city", 5_351_935, "66"),
        ["St. Petersburg"],
    ),
    (Place("geonames:4171563", "St. Petersburg", 27.77, -82.68, "US", "city", 257_083, "FL"), []),
    (Place("country:NG", "Nigeria", 10.0, 8.0, "NG", "country", 190_000_000), []),
    (Place("admin1:NG.BE", "Benue", 7.34, 8.74, "NG", "admin1", 0, "BE"), []),
    (Place("country:GB", "United Kingdom", 54.0, -2.0, "GB", "country", 66_000_000), ["Britain"]),
    (Place("geonames:2652618", "Coggeshall", 51.87, 0.69, "GB", "city", 4727, "ENG"), []),
    (Place("curated:european-union", "European Union", 50.12, 9.25, None, "country", 0), ["EU"]),
    (Place("geonames:2643098", "Marks Tey", 51.88, 0.78, "GB", "city", 2500, "ENG"), []),
]
DEMONYMS = {
    "Syrian": "SY",
    "Iraqi": "IQ",
    "American": "US",
    "Lebanese": "LB",
    "Russian": "RU",
}
AREAS = {"SY": 185_180.0, "IQ": 438_317.0}
CAPITALS = {"SY": "geonames:170654", "IQ": "geonames:98182", "LB": "geonames:276781"}


def tiny_gazetteer() -> Gazetteer:
    return Gazetteer(
        [p for p, _ in PLACES], {p.id: names for p, names in PLACES}, DEMONYMS, AREAS, capitals=CAPITALS
    )

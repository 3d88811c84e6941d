"""Reading articles: text files and the corpus manifest (``articles``), and what an analyst brings, a
pasted text or an uploaded .txt, .md or .html file, with its metadata (``ingest``)."""

"""The Streamlit shell shared by the pages: cached data loading and the view (filters, query params).

Thin by design: widgets and rendering here, logic in ``geo`` (which never imports Streamlit).
"""

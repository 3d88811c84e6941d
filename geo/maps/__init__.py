"""The map: event Features -> a ``folium.Map`` (no Streamlit here).

- ``eventmap`` builds the map (``build_map``) from Features: the slider's compact data, the legend;
- ``style`` chooses how an event looks: marker colours and the stylesheets;
- ``popup`` renders an event's popup once (place, date in words, the marked quote, the source);
- ``elements`` are the custom folium elements, whose JavaScript is ``static/map/events.js``;
- ``assets`` points a map at the app's own copies of Leaflet and its plugins.
"""
